import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { DefinitionNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse, print, visit } from 'graphql';

/**
 * The operations exactly as the web app sends them, read from its .graphql files, so the bench
 * measures what a user's browser asks for (the fields a page selects decide the loaders that run).
 */
const WEB_APP = join(__dirname, '../../../apps/web/src/app');

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return graphqlFiles(path);
    return name.endsWith('.graphql') ? [path] : [];
  });
}

let definitions: Map<string, DefinitionNode> | undefined;

function all(): Map<string, DefinitionNode> {
  if (!definitions) {
    definitions = new Map();
    for (const file of graphqlFiles(WEB_APP)) {
      for (const node of parse(readFileSync(file, 'utf8')).definitions) {
        if ((node.kind === Kind.OPERATION_DEFINITION || node.kind === Kind.FRAGMENT_DEFINITION) && node.name) definitions.set(node.name.value, node);
      }
    }
  }
  return definitions;
}

export function hasWebOperation(name: string): boolean {
  return all().get(name)?.kind === Kind.OPERATION_DEFINITION;
}

/** The named operation of the web app with every fragment it spreads, ready to POST. */
export function webOperation(name: string): string {
  const operation = all().get(name) as OperationDefinitionNode | undefined;
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) throw new Error(`The web app has no operation ${name}`);
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (needed.has(name)) return;
        const fragment = all().get(name) as FragmentDefinitionNode;
        needed.set(name, fragment);
        collect(fragment);
      },
    });
  collect(operation);
  return [operation, ...needed.values()].map((d) => print(d)).join('\n');
}
