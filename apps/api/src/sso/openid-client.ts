import { esmImporter } from '../common/esm-import';

/** openid-client is published as ES modules only; see esmImporter for how the API loads it. */
export type OpenIdClient = typeof import('openid-client');

const importModule = esmImporter();

let loaded: Promise<OpenIdClient> | undefined;

export function openIdClient(): Promise<OpenIdClient> {
  loaded ??= importModule('openid-client') as Promise<OpenIdClient>;
  return loaded;
}
