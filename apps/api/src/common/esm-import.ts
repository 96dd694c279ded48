import { randomUUID } from 'node:crypto';

/**
 * Loads a package published as ES modules only (openid-client, oidc-provider) from code compiled
 * to CommonJS: TypeScript would turn a plain `import()` into `require()`, which jest's module
 * loader refuses for ES modules on Node 20. A dynamic import inside `new Function` is invisible
 * to TypeScript and loads the module the same way in the server and in jest.
 *
 * The function's source is unique to each module instance: V8 caches functions compiled from
 * the same source, and jest runs test files one after another in one process, so a cached copy
 * would import through the loader of a test file that has already finished ("import a file after
 * the Jest environment has been torn down").
 */
export function esmImporter(): (specifier: string) => Promise<unknown> {
  return new Function('specifier', `return import(specifier); // ${randomUUID()}`) as (specifier: string) => Promise<unknown>;
}
