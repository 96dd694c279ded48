import { createServer } from 'node:net';
import { AddressInfo } from 'node:net';

import { TestOidcProvider } from '../support/oidc-provider';
import { TEST_PASSWORD, uniqueEmail } from '../support/graphql-client';
import { databaseFingerprint } from './support/fingerprint';
import { GraphQLResponse, SignedIn, startTestApp, TestApp } from './support/test-app';

/**
 * Single sign-on against a real OpenID provider started here (oidc-provider), signing in through
 * its own login and consent forms as a browser would.
 */

const CONFIGURE =
  'mutation($input: ConfigureSsoInput!) { configureSso(input: $input) { version passwordSignIn sso { issuer clientId allowedDomains signInUrl } } }';
const REMOVE = 'mutation($input: RemoveSsoInput!) { removeSso(input: $input) { version passwordSignIn sso { issuer } } }';
const ORGANISATION = '{ organisation { id slug version passwordSignIn ssoRedirectUrl } }';
const SIGN_IN_OPTIONS = 'query($o: String!) { ssoSignIn(organisation: $o) { organisationName startUrl passwordSignIn } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const ME = '{ me { id email name organisationRole } organisation { id } }';
const COMPLETE = 'mutation($input: CompleteSsoSignInInput!) { completeSsoSignIn(input: $input) { token user { id email } } }';

const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions['code'];
const fieldsOf = (result: GraphQLResponse<unknown>) => (result.errors?.[0]?.extensions['fields'] as { field: string }[] | undefined)?.map((f) => f.field);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('single sign-on with OpenID Connect', () => {
  let api: TestApp;
  let provider: TestOidcProvider;
  let admin: SignedIn;
  let organisation: { id: string; slug: string; version: number; ssoRedirectUrl: string };

  beforeAll(async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    api = await startTestApp({ config: { port, publicUrl, ssoAllowHttpIssuers: true } });
    admin = await api.signUp('Sso Admin');
    organisation = (await api.ok(ORGANISATION, {}, admin.token))['organisation'];
    // Registered at the provider as the organisation page shows it: the organisation's own address.
    provider = await TestOidcProvider.start(organisation.ssoRedirectUrl);
    expect(organisation.ssoRedirectUrl).toBe(`${publicUrl}/auth/sso/${organisation.slug}/callback`);
  });
  afterAll(async () => {
    await api?.close();
    await provider?.close();
  });

  const settings = (overrides: Record<string, unknown> = {}) => ({
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    allowedDomains: ['example.test'],
    passwordSignIn: true,
    ...overrides,
  });
  const configure = async (overrides: Record<string, unknown> = {}, token = admin.token) => {
    const result = await api.gql(CONFIGURE, { input: settings(overrides) }, token);
    if (!result.errors) organisation.version = result.data!['configureSso'].version;
    return result;
  };

  /** A provider account, with a unique email in the allowed domain unless told otherwise. */
  const account = (claims: Partial<{ email: string; email_verified: boolean; name: string }> = {}) => {
    const login = `user-${provider.accounts.size + 1}`;
    provider.accounts.set(login, { email: uniqueEmail(login), email_verified: true, name: `Provider User ${provider.accounts.size + 1}`, ...claims });
    return { login, ...provider.accounts.get(login)! };
  };

  /** A browser: the cookies the app set in it. */
  class Browser {
    private cookie = '';
    async get(url: string): Promise<Response> {
      const response = await fetch(url, { redirect: 'manual', headers: this.cookie ? { cookie: this.cookie } : {} });
      const set = response.headers.getSetCookie().find((c) => c.startsWith('crm_sso_browser='));
      if (set) this.cookie = set.split(';')[0];
      return response;
    }
    /** What /sso-complete does with the code in its address. */
    async complete(landing: URL): Promise<GraphQLResponse<{ completeSsoSignIn: { token: string } }>> {
      const code = new URLSearchParams(landing.hash.slice(1)).get('code');
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
        body: JSON.stringify({ query: COMPLETE, variables: { input: { code } } }),
      });
      return response.json();
    }
  }

  /** Start at the app, sign in at the provider as `login`, and come back: where the app sends the browser. */
  async function signInThroughProvider(login: string, browser = new Browser(), slug = organisation.slug): Promise<{ landing: URL; callback: string; browser: Browser }> {
    const authorize = await startIn(browser, slug);
    const callback = await provider.signIn(authorize, login);
    return { landing: await follow(callback, browser), callback, browser };
  }

  async function startIn(browser: Browser, slug = organisation.slug): Promise<string> {
    const start = await browser.get(`${api.url}/auth/sso/${slug}/start`);
    expect(start.status).toBe(302);
    const authorize = start.headers.get('location')!;
    expect(authorize.startsWith(provider.issuer)).toBe(true);
    return authorize;
  }

  async function follow(url: string, browser = new Browser()): Promise<URL> {
    const response = await browser.get(url);
    expect(response.status).toBe(302);
    expect(response.headers.get('cache-control')).toBe('no-store');
    return new URL(response.headers.get('location')!);
  }

  /** The session the landing page gets, as /sso-complete would, in the same browser. */
  async function sessionAfter(signIn: { landing: URL; browser: Browser }): Promise<string> {
    expect(`${signIn.landing.pathname}${signIn.landing.search}`).toBe('/sso-complete');
    const completed = await signIn.browser.complete(signIn.landing);
    expect(completed.errors).toBeUndefined();
    return completed.data!.completeSsoSignIn.token;
  }
  const failureOf = (landing: URL) => {
    expect(landing.pathname).toBe('/sign-in');
    return landing.searchParams.get('ssoError');
  };
  const usersNamed = async (email: string) => (await api.query('SELECT id FROM users WHERE email = $1', [email])).length;

  describe('configuration', () => {
    it('is refused to a member, and to an issuer that is no https address, answers nothing, or a domain that is no domain, changing nothing', async () => {
      const member = await api.signUp('Plain Member', { organisationOf: admin });
      const before = await databaseFingerprint(api);
      expect(codeOf(await configure({}, member.token))).toBe('FORBIDDEN');
      for (const issuer of ['not a url', 'http://login.example.com', 'ftp://127.0.0.1/']) {
        const result = await configure({ issuer });
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual(['issuer']);
      }
      // Nothing listens on port 9 (discard) here: the provider is checked before anything is saved.
      const unreachable = await configure({ issuer: 'http://127.0.0.1:9' });
      expect(codeOf(unreachable)).toBe('BAD_USER_INPUT');
      expect(unreachable.errors![0].message).toMatch(/check/i);
      const domains = await configure({ allowedDomains: ['example.test', 'not a domain'] });
      expect(fieldsOf(domains)).toEqual(['allowedDomains']);
      expect(codeOf(await configure({ allowedDomains: [] }))).toBe('BAD_USER_INPUT');
      expect(fieldsOf(await configure({ clientSecret: null }))).toEqual(['clientSecret']);
      expect(codeOf(await configure({ passwordSignIn: false, issuer: 'http://127.0.0.1:9' }))).toBe('BAD_USER_INPUT');
      expect(await databaseFingerprint(api)).toEqual(before);
      expect(codeOf(await api.gql(SIGN_IN_OPTIONS, { o: organisation.slug }))).toBe('NOT_FOUND');
    });

    it('saves the provider once it answers, never shows the secret, and tells the sign-in page about it', async () => {
      const saved = await configure({ allowedDomains: ['Example.TEST', '@example.test'] });
      expect(saved.errors).toBeUndefined();
      expect(saved.data!['configureSso']).toMatchObject({
        passwordSignIn: true,
        sso: { issuer: provider.issuer, clientId: provider.clientId, allowedDomains: ['example.test'] },
      });
      expect(saved.data!['configureSso'].sso.signInUrl).toBe(`${api.url}/sign-in?organisation=${organisation.slug}`);
      const options = await api.ok(SIGN_IN_OPTIONS, { o: organisation.slug });
      expect(options['ssoSignIn']).toEqual({
        organisationName: expect.any(String),
        startUrl: `${api.url}/auth/sso/${organisation.slug}/start`,
        passwordSignIn: true,
      });
      // Saved again without retyping the secret, the stored one is kept (sign-ins below use it).
      expect((await configure({ clientSecret: undefined })).errors).toBeUndefined();
    });

    it('asks for the secret again when the issuer or client changes, and allows only domains an admin has a mailbox at', async () => {
      const before = await databaseFingerprint(api);
      expect(fieldsOf(await configure({ clientId: 'another-client', clientSecret: undefined }))).toEqual(['clientSecret']);
      const unproven = await configure({ allowedDomains: ['example.test', 'somebody-elses-company.test'] });
      expect(fieldsOf(unproven)).toEqual(['allowedDomains']);
      expect(unproven.errors![0].extensions['fields']).toEqual([expect.objectContaining({ message: expect.stringContaining('somebody-elses-company.test') })]);
      expect(await databaseFingerprint(api)).toEqual(before);
    });

    it('refuses a save from a stale page (CONFLICT)', async () => {
      const stale = organisation.version;
      expect((await configure({ version: stale })).errors).toBeUndefined();
      expect(codeOf(await configure({ version: stale }))).toBe('CONFLICT');
    });
  });

  describe('signing in', () => {
    it('creates a member of the organisation for a new verified email, with a person record, and finds the same account the next time', async () => {
      const someone = account({ name: 'Sanne Provider' });
      const token = await sessionAfter(await signInThroughProvider(someone.login));
      const me = await api.ok(ME, {}, token);
      expect(me['me']).toMatchObject({ email: someone.email, name: 'Sanne Provider', organisationRole: 'MEMBER' });
      expect(me['organisation'].id).toBe(organisation.id);
      const people = await api.ok('query($s: String) { people(search: $s) { email } }', { s: someone.email }, admin.token);
      expect(people['people']).toEqual([{ email: someone.email }]);

      const again = await sessionAfter(await signInThroughProvider(someone.login));
      expect((await api.ok(ME, {}, again))['me'].id).toBe(me['me'].id);
      expect(await usersNamed(someone.email)).toBe(1);
    });

    it('signs an existing member with a password into the same account', async () => {
      const colleague = await api.signUp('Password Colleague', { organisationOf: admin });
      const theirs = account({ email: colleague.user.email });
      const token = await sessionAfter(await signInThroughProvider(theirs.login));
      expect((await api.ok(ME, {}, token))['me'].id).toBe(colleague.user.id);
    });

    it('refuses an email outside the allowed domains, and an unverified email, creating no account', async () => {
      const outsider = account({ email: `someone.${Date.now()}@elsewhere.test` });
      expect(failureOf((await signInThroughProvider(outsider.login)).landing)).toBe('DOMAIN_NOT_ALLOWED');
      expect(await usersNamed(outsider.email)).toBe(0);

      const unverified = account({ email_verified: false });
      const landing = (await signInThroughProvider(unverified.login)).landing;
      expect(failureOf(landing)).toBe('EMAIL_NOT_VERIFIED');
      expect(landing.searchParams.get('organisation')).toBe(organisation.slug);
      expect(await usersNamed(unverified.email)).toBe(0);
    });

    it('refuses an ID token for another audience, an expired one, and one with another nonce', async () => {
      const tampered = [
        (claims: Record<string, unknown>) => ({ ...claims, aud: 'some-other-client' }),
        (claims: Record<string, unknown>) => ({ ...claims, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 }),
        (claims: Record<string, unknown>) => ({ ...claims, nonce: 'a-nonce-of-another-sign-in' }),
      ];
      for (const tamper of tampered) {
        const someone = account();
        provider.tamper = tamper;
        try {
          expect(failureOf((await signInThroughProvider(someone.login)).landing)).toBe('PROVIDER_REFUSED');
        } finally {
          provider.tamper = undefined;
        }
        expect(await usersNamed(someone.email)).toBe(0);
      }
      // Unchanged claims signed with a key the provider never published: the signature is checked too.
      const forged = account();
      provider.tamper = (claims) => claims;
      provider.signWithForeignKey = true;
      try {
        expect(failureOf((await signInThroughProvider(forged.login)).landing)).toBe('PROVIDER_REFUSED');
      } finally {
        provider.tamper = undefined;
        provider.signWithForeignKey = false;
      }
      expect(await usersNamed(forged.email)).toBe(0);
      // A token re-signed the same way with its claims unchanged is accepted: each refusal was about the claim changed.
      provider.tamper = (claims) => claims;
      try {
        expect(await sessionAfter(await signInThroughProvider(account().login))).toBeTruthy();
      } finally {
        provider.tamper = undefined;
      }
    });

    it('refuses a replayed callback, a replayed completion code, and a provider code brought to another sign-in (PKCE)', async () => {
      const signIn = await signInThroughProvider(account().login);
      await sessionAfter(signIn);
      expect(failureOf(await follow(signIn.callback, signIn.browser))).toBe('LOGIN_EXPIRED');
      const again = await signIn.browser.complete(signIn.landing);
      expect(again.errors?.[0]?.extensions['state']).toBe('LOGIN_EXPIRED');

      // A code the provider issued for one sign-in, not yet used, brought back with another sign-in's
      // state from the same browser: only the PKCE verifier stands in the way.
      const browser = new Browser();
      const unused = new URL(await provider.signIn(await startIn(browser), account().login));
      const other = new URL(await startIn(browser));
      unused.searchParams.set('state', other.searchParams.get('state')!);
      expect(failureOf(await follow(unused.href, browser))).toBe('PROVIDER_REFUSED');
    });

    it('finishes a sign-in only in the browser that started it: a forwarded callback or completion link signs nobody in', async () => {
      const victim = new Browser();
      const attacker = new Browser();
      const someone = account();
      const callback = await provider.signIn(await startIn(attacker), someone.login);
      // The attacker sends the callback link to someone else, whose browser never started a sign-in.
      expect(failureOf(await follow(callback, victim))).toBe('LOGIN_EXPIRED');

      const own = await signInThroughProvider(account().login, attacker);
      const forwarded = await victim.complete(own.landing);
      expect(codeOf(forwarded)).toBe('INVALID_STATE');
      expect(forwarded.errors![0].extensions['state']).toBe('LOGIN_EXPIRED');
      // The code was spent on the refusal: even its own browser cannot use it now.
      expect((await attacker.complete(own.landing)).errors?.[0]?.extensions['state']).toBe('LOGIN_EXPIRED');
    });

    it('refuses a sign-in that waited too long at the provider, came back with no or a malformed state, or whose provider the admin changed meanwhile', async () => {
      const browser = new Browser();
      const authorize = await startIn(browser);
      await api.query("UPDATE sso_logins SET expires_at = now() - interval '1 second' WHERE state = $1", [new URL(authorize).searchParams.get('state')]);
      expect(failureOf(await follow(await provider.signIn(authorize, account().login), browser))).toBe('LOGIN_EXPIRED');
      expect(failureOf(await follow(`${api.url}/auth/sso/${organisation.slug}/callback?code=abc`, browser))).toBe('LOGIN_EXPIRED');
      // A NUL byte is no state: a redirect with the reason, not a server error.
      expect(failureOf(await follow(`${api.url}/auth/sso/${organisation.slug}/callback?code=abc&state=%00`, browser))).toBe('LOGIN_EXPIRED');

      const pending = await startIn(browser);
      await api.query('UPDATE organisations SET sso_client_id = $2 WHERE id = $1', [organisation.id, 'a-new-client']);
      try {
        expect(failureOf(await follow(await provider.signIn(pending, account().login), browser))).toBe('LOGIN_EXPIRED');
      } finally {
        await api.query('UPDATE organisations SET sso_client_id = $2 WHERE id = $1', [organisation.id, provider.clientId]);
      }
    });

    it('refuses a response relayed to another organisation’s address, or to the shared address of before, without sending its code anywhere', async () => {
      const other = await api.signUp('Relaying Admin');
      const otherSlug = (await api.ok(ORGANISATION, {}, other.token))['organisation'].slug;
      const browser = new Browser();
      const callback = new URL(await provider.signIn(await startIn(browser), account().login));
      const relayed = new URL(`/auth/sso/${otherSlug}/callback${callback.search}`, api.url);
      expect(failureOf(await follow(relayed.href, browser))).toBe('LOGIN_EXPIRED');
      // The code never reached a token endpoint: the provider still redeems it once, for whoever holds the verifier.
      const [{ code_verifier }] = await api.query('SELECT code_verifier FROM sso_logins WHERE state = $1', [callback.searchParams.get('state')]);
      const redeemed = await fetch(`${provider.issuer}/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${provider.clientId}:${provider.clientSecret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ grant_type: 'authorization_code', code: callback.searchParams.get('code')!, redirect_uri: organisation.ssoRedirectUrl, code_verifier }),
      });
      expect(redeemed.status).toBe(200);
      // And the refusal used the login up: back at the right address it is over too.
      expect(failureOf(await follow(callback.href, browser))).toBe('LOGIN_EXPIRED');

      const shared = await provider.signIn(await startIn(browser), account().login);
      expect(failureOf(await follow(`${api.url}/auth/sso/callback${new URL(shared).search}`, browser))).toBe('LOGIN_EXPIRED');
    });

    it('refuses the email of an account in another organisation, and a deactivated member', async () => {
      const elsewhere = await api.signUp('Other Organisation Admin');
      const theirs = account({ email: elsewhere.user.email });
      expect(failureOf((await signInThroughProvider(theirs.login)).landing)).toBe('OTHER_ORGANISATION');
      expect((await api.ok(ME, {}, elsewhere.token))['organisation'].id).not.toBe(organisation.id);

      const leaver = await api.signUp('Leaving Member', { organisationOf: admin });
      await api.ok('mutation($input: DeactivateMemberInput!) { deactivateMember(input: $input) { active } }', { input: { userId: leaver.user.id } }, admin.token);
      const leaverAtProvider = account({ email: leaver.user.email });
      expect(failureOf((await signInThroughProvider(leaverAtProvider.login)).landing)).toBe('DEACTIVATED');
    });

    it('sends an unknown organisation, or one without single sign-on, back to sign-in', async () => {
      expect(failureOf(await follow(`${api.url}/auth/sso/no-such-organisation/start`))).toBe('SSO_NOT_CONFIGURED');
      const plain = await api.signUp('No Sso Admin');
      const slug = (await api.ok(ORGANISATION, {}, plain.token))['organisation'].slug;
      expect(failureOf(await follow(`${api.url}/auth/sso/${slug}/start`))).toBe('SSO_NOT_CONFIGURED');
    });
  });

  describe('password sign-in turned off', () => {
    it('answers SSO_REQUIRED to a right password, keeps single sign-on working, and comes back when single sign-on is removed', async () => {
      const member = await api.signUp('Password Member', { organisationOf: admin });
      expect((await configure({ passwordSignIn: false })).errors).toBeUndefined();
      const refused = await api.gql(SIGN_IN, { input: { email: member.user.email, password: TEST_PASSWORD } });
      expect(codeOf(refused)).toBe('INVALID_STATE');
      expect(refused.errors![0].extensions['state']).toBe('SSO_REQUIRED');
      expect(refused.errors![0].extensions['organisationSlug']).toBe(organisation.slug);
      expect((await api.ok(SIGN_IN_OPTIONS, { o: organisation.slug }))['ssoSignIn'].passwordSignIn).toBe(false);
      const atProvider = account({ email: member.user.email });
      expect((await api.ok(ME, {}, await sessionAfter(await signInThroughProvider(atProvider.login))))['me'].id).toBe(member.user.id);

      expect(codeOf(await api.gql(REMOVE, { input: { version: organisation.version - 1 } }, admin.token))).toBe('CONFLICT');
      const removed = await api.ok(REMOVE, { input: { version: organisation.version } }, admin.token);
      expect(removed['removeSso']).toMatchObject({ passwordSignIn: true, sso: null });
      organisation.version = removed['removeSso'].version;
      expect((await api.gql(SIGN_IN, { input: { email: member.user.email, password: TEST_PASSWORD } })).errors).toBeUndefined();
      expect(failureOf(await follow(`${api.url}/auth/sso/${organisation.slug}/start`))).toBe('SSO_NOT_CONFIGURED');
    });
  });
});
