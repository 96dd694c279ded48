import { generateKeyPairSync, KeyObject } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

import { decode, sign } from 'jsonwebtoken';

import { esmImporter } from '../../apps/api/src/common/esm-import';

/** What the provider says about one of its users. */
export interface ProviderAccount {
  email: string;
  email_verified: boolean;
  name?: string;
}

/** Rewrites the claims of the next ID tokens before they leave: a provider misbehaving, or a token replayed from elsewhere. */
export type IdTokenTamper = (claims: Record<string, unknown>) => Record<string, unknown>;

const KEY_ID = 'test-signing-key';

/**
 * oidc-provider is published as ES modules only: jest loads it like the API loads openid-client
 * (esmImporter); vitest has no hook for that kind of import, but keeps a plain dynamic import.
 */
async function importModule(specifier: string): Promise<any> {
  try {
    return await esmImporter()(specifier);
  } catch {
    return import(specifier);
  }
}

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on 127.0.0.1, with one confidential
 * client and the accounts a test gives it. Signing in is done as a browser would, through the
 * provider's own login and consent forms, with cookies.
 */
export class TestOidcProvider {
  readonly accounts = new Map<string, ProviderAccount>();
  readonly clientId = 'crm-rollout-tracker';
  readonly clientSecret = 'a-client-secret-for-tests-only-0123456789';
  /** While set, ID tokens from the token endpoint carry these rewritten claims, re-signed with the provider's own key. */
  tamper: IdTokenTamper | undefined;
  /** While true, tampered ID tokens are signed with a key the provider never published (under its key id). */
  signWithForeignKey = false;
  issuer: string;
  private server: Server;
  private signingKey: KeyObject;
  private readonly foreignKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

  static async start(redirectUri: string): Promise<TestOidcProvider> {
    const provider = new TestOidcProvider();
    await provider.listen(redirectUri);
    return provider;
  }

  private async listen(redirectUri: string): Promise<void> {
    let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
    this.server = createServer((req, res) => handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.issuer = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;

    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.signingKey = privateKey;
    const jwk = { ...privateKey.export({ format: 'jwk' }), kid: KEY_ID, alg: 'RS256', use: 'sig' };
    const { default: Provider } = await importModule('oidc-provider');
    const provider = new Provider(this.issuer, {
      clients: [
        {
          client_id: this.clientId,
          client_secret: this.clientSecret,
          redirect_uris: [redirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      jwks: { keys: [jwk] },
      cookies: { keys: ['cookie-signing-key-for-tests-only'] },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      pkce: { required: () => true },
      // Lifetimes given, so the provider does not print a notice for each default it falls back on.
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
      features: { devInteractions: { enabled: true } },
      findAccount: (_ctx: unknown, sub: string) => {
        const account = this.accounts.get(sub);
        return account && { accountId: sub, claims: () => ({ sub, ...account }) };
      },
    });
    // A fault inside the provider shows in the test output, not only as an HTTP 500.
    provider.on('server_error', (_ctx: unknown, error: Error) => console.error('oidc-provider:', error));
    provider.use(async (ctx: { path: string; body: any }, next: () => Promise<void>) => {
      await next();
      if (ctx.path === '/token' && this.tamper && ctx.body?.id_token) {
        const claims = decode(ctx.body.id_token) as Record<string, unknown>;
        ctx.body = { ...ctx.body, id_token: this.signIdToken(this.tamper(claims), this.signWithForeignKey ? this.foreignKey : this.signingKey) };
      }
    });
    handle = provider.callback();
  }

  /** An ID token with these claims (iat kept when given), signed with the provider's own key: valid but for what the claims say. */
  signIdToken(claims: Record<string, unknown>, key: KeyObject = this.signingKey): string {
    return sign(claims, key, { algorithm: 'RS256', keyid: KEY_ID });
  }

  /**
   * Follows `authorizeUrl` through the provider's login and consent forms as `login` and returns
   * the address the provider sends the browser back to (the app's callback, with code and state).
   */
  async signIn(authorizeUrl: string, login: string): Promise<string> {
    const cookies = new Map<string, string>();
    const request = async (url: string, form?: Record<string, string>): Promise<Response> => {
      const response = await fetch(new URL(url, this.issuer), {
        method: form ? 'POST' : 'GET',
        redirect: 'manual',
        headers: {
          cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: form ? new URLSearchParams(form).toString() : undefined,
      });
      for (const header of response.headers.getSetCookie()) {
        const [pair] = header.split(';');
        const at = pair.indexOf('=');
        cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
      return response;
    };

    let response = await request(authorizeUrl);
    for (let step = 0; step < 10; step++) {
      const location = response.headers.get('location');
      if (location && !new URL(location, this.issuer).href.startsWith(this.issuer)) return new URL(location, this.issuer).href;
      if (location) {
        response = await request(location);
        continue;
      }
      const page = await response.text();
      const action = page.match(/<form[^>]*action="([^"]+)"/)?.[1];
      if (!action) throw new Error(`The provider showed no form (HTTP ${response.status}): ${page.slice(0, 300)}`);
      const prompt = page.match(/name="prompt" value="(\w+)"/)?.[1];
      response = await request(action, prompt === 'login' ? { prompt, login, password: 'any' } : { prompt: prompt ?? 'consent' });
    }
    throw new Error('The provider never sent the browser back');
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
