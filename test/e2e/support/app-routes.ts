import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import * as ts from 'typescript';

const APP_DIR = join(__dirname, '..', '..', '..', 'apps', 'web', 'src', 'app');

function propertyOf(node: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const property of node.properties) {
    if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === name) return property.initializer;
  }
  return undefined;
}

function exportedRoutes(file: string): { array: ts.ArrayLiteralExpression; file: string } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.type?.getText(source) === 'Routes' && declaration.initializer && ts.isArrayLiteralExpression(declaration.initializer)) {
        return { array: declaration.initializer, file };
      }
    }
  }
  throw new Error(`${file} exports no Routes array`);
}

/** The file a `loadChildren: () => import('./x.routes')…` names. */
function importedFile(loader: ts.Expression, from: string): string | undefined {
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments;
      if (specifier && ts.isStringLiteral(specifier)) found = resolve(dirname(from), `${specifier.text}.ts`);
    }
    ts.forEachChild(node, visit);
  };
  visit(loader);
  return found;
}

function join_(prefix: string, path: string): string {
  if (!path) return prefix || '/';
  return `${prefix === '/' ? '' : prefix}/${path}`;
}

function walk(array: ts.ArrayLiteralExpression, file: string, prefix: string, into: Set<string>): void {
  for (const element of array.elements) {
    if (!ts.isObjectLiteralExpression(element)) continue;
    const pathNode = propertyOf(element, 'path');
    const path = pathNode && ts.isStringLiteral(pathNode) ? pathNode.text : '';
    // Redirects and the catch-all draw no page of their own.
    if (propertyOf(element, 'redirectTo') || path === '**') continue;
    const full = join_(prefix, path);
    const children = propertyOf(element, 'children');
    const loader = propertyOf(element, 'loadChildren');
    if (children && ts.isArrayLiteralExpression(children)) walk(children, file, full, into);
    else if (loader) {
      const childFile = importedFile(loader, file);
      if (!childFile) throw new Error(`${file}: a loadChildren at '${full}' whose file cannot be read`);
      const child = exportedRoutes(childFile);
      walk(child.array, child.file, full, into);
    } else into.add(full);
  }
}

/**
 * Every page the web app's router can draw, as URL patterns (`/projects/:projectId/board`), read
 * from the route files themselves, following each lazily loaded child file: a journey that must
 * visit every page compares its own list with this one, so a new route cannot be forgotten.
 */
export function routesInRouterConfig(): string[] {
  const root = exportedRoutes(join(APP_DIR, 'app.routes.ts'));
  const routes = new Set<string>();
  walk(root.array, root.file, '', routes);
  return [...routes].sort();
}
