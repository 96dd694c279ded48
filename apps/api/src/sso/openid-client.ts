/**
 * openid-client is published as ES modules only, and the API is compiled to CommonJS: TypeScript
 * would turn a plain `import()` into `require()`, which jest's module loader refuses for ES
 * modules. A dynamic import TypeScript cannot see loads it the same way in the server and tests.
 */
export type OpenIdClient = typeof import('openid-client');

const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

let loaded: Promise<OpenIdClient> | undefined;

export function openIdClient(): Promise<OpenIdClient> {
  loaded ??= importModule('openid-client') as Promise<OpenIdClient>;
  return loaded;
}
