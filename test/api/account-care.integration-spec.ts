import { databaseFingerprint } from './support/fingerprint';
import { GraphQLResponse, SignedIn, startTestApp, TestApp } from './support/test-app';
import { TEST_PASSWORD, uniqueEmail } from '../support/graphql-client';
import { linkTo, SmtpInbox } from '../support/smtp-inbox';

/** Account care: changing a password, resetting a forgotten one by mail, ending sessions, the profile. */

const ME = '{ me { id email } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token user { id } } }';
const REQUEST_RESET = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }';
const PROFILE = 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { name locale timeZone version } }';
const NEW_PASSWORD = 'a-new-password-of-decent-length';

const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions['code'];
const stateOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions['state'];

describe('account care', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const signIn = (email: string, password: string) => api.gql<{ signIn: { token: string } }>(SIGN_IN, { input: { email, password } });
  const works = async (token: string) => (await api.gql(ME, {}, token)).errors === undefined;

  describe('changePassword', () => {
    it('refuses a wrong current password on its field and changes nothing', async () => {
      const user = await api.signUp('Forgetful');
      const before = await databaseFingerprint(api);
      const result = await api.gql(CHANGE, { input: { currentPassword: 'not-my-password', newPassword: NEW_PASSWORD } }, user.token);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
      expect(await databaseFingerprint(api)).toEqual(before);
      expect(await works(user.token)).toBe(true);
    });

    it('ends the old session, signs in with the answer, and only the new password signs in', async () => {
      const user = await api.signUp('Changer');
      const data = await api.ok<{ changePassword: SignedIn }>(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } }, user.token);
      expect(codeOf(await api.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
      expect(await works(data.changePassword.token)).toBe(true);
      expect((await signIn(user.user.email, TEST_PASSWORD)).errors).toBeDefined();
      expect((await signIn(user.user.email, NEW_PASSWORD)).errors).toBeUndefined();
      expect((await api.lastMailTo(user.user.email))?.kind).toBe('PASSWORD_CHANGED');
    });
  });

  describe('password reset', () => {
    it('answers the same for a known and an unknown email, and mails each its kind of mail', async () => {
      const user = await api.signUp('Known');
      const unknown = uniqueEmail('nobody-here');
      const known = await api.gql(REQUEST_RESET, { input: { email: user.user.email } });
      const stranger = await api.gql(REQUEST_RESET, { input: { email: unknown } });
      expect({ data: known.data, errors: known.errors }).toEqual({ data: { requestPasswordReset: true }, errors: undefined });
      expect({ data: stranger.data, errors: stranger.errors }).toEqual({ data: known.data, errors: known.errors });
      expect((await api.lastMailTo(user.user.email))?.kind).toBe('PASSWORD_RESET');
      expect((await api.lastMailTo(unknown))?.kind).toBe('PASSWORD_RESET_UNKNOWN');
      // Only a known account's mail holds a link that resets anything.
      await expect(api.linkToken(unknown, '/reset-password')).rejects.toThrow();
    });

    it('words the mail to an address without an account in the language of the page that asked (Accept-Language, or its cookie)', async () => {
      const dutchBrowser = uniqueEmail('vergeten');
      await api.client.ok(REQUEST_RESET, { input: { email: dutchBrowser } }, undefined, { 'accept-language': 'nl-BE,nl;q=0.9' });
      expect(await api.lastMailTo(dutchBrowser)).toMatchObject({ kind: 'PASSWORD_RESET_UNKNOWN', subject: 'Stel een nieuw wachtwoord in voor CRM Rollout Tracker' });
      const italianPage = uniqueEmail('dimenticato');
      await api.client.ok(REQUEST_RESET, { input: { email: italianPage } }, undefined, { cookie: 'crm_lang=it', 'accept-language': 'en-GB' });
      expect((await api.lastMailTo(italianPage))?.subject).toBe('Reimposta la tua password di CRM Rollout Tracker');
    });

    it('words a reset in the asking page’s language for an account whose profile names none, and in the profile’s where it does', async () => {
      const user = await api.signUp('No Choice Yet');
      await api.client.ok(REQUEST_RESET, { input: { email: user.user.email } }, undefined, { 'accept-language': 'it-IT' });
      expect((await api.lastMailTo(user.user.email))?.kind).toBe('PASSWORD_RESET');
      expect((await api.lastMailTo(user.user.email))?.subject).toBe('Reimposta la tua password di CRM Rollout Tracker');
      const { me } = await api.ok<{ me: { version: number } }>('{ me { version } }', {}, user.token);
      await api.ok(PROFILE, { input: { version: me.version, locale: 'nl' } }, user.token);
      await api.client.ok(REQUEST_RESET, { input: { email: user.user.email } }, undefined, { 'accept-language': 'it-IT' });
      expect((await api.lastMailTo(user.user.email))?.subject).toBe('Stel een nieuw wachtwoord in voor CRM Rollout Tracker');
    });

    it('resets with the mailed link once, ending every session', async () => {
      const user = await api.signUp('Resetter');
      const other = (await signIn(user.user.email, TEST_PASSWORD)).data!.signIn.token;
      await api.ok(REQUEST_RESET, { input: { email: user.user.email } });
      const token = await api.linkToken(user.user.email, '/reset-password');
      expect(await api.ok(RESET, { input: { token, password: NEW_PASSWORD } })).toEqual({ resetPassword: true });
      expect(codeOf(await api.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
      expect(codeOf(await api.gql(ME, {}, other))).toBe('UNAUTHENTICATED');
      expect((await signIn(user.user.email, NEW_PASSWORD)).errors).toBeUndefined();

      const again = await api.gql(RESET, { input: { token, password: 'yet-another-password-here' } });
      expect(codeOf(again)).toBe('INVALID_STATE');
      expect(stateOf(again)).toBe('LINK_USED');
      expect((await signIn(user.user.email, NEW_PASSWORD)).errors).toBeUndefined();
    });

    it('refuses an expired link with LINK_EXPIRED and an unknown one with NOT_FOUND, changing nothing', async () => {
      const user = await api.signUp('Late Resetter');
      await api.ok(REQUEST_RESET, { input: { email: user.user.email } });
      const token = await api.linkToken(user.user.email, '/reset-password');
      await api.query("UPDATE account_tokens SET expires_at = now() - interval '1 minute' WHERE email = $1 AND purpose = 'PASSWORD_RESET'", [user.user.email]);
      const before = await databaseFingerprint(api);
      const expired = await api.gql(RESET, { input: { token, password: NEW_PASSWORD } });
      expect(codeOf(expired)).toBe('INVALID_STATE');
      expect(stateOf(expired)).toBe('LINK_EXPIRED');
      const unknown = await api.gql(RESET, { input: { token: 'A'.repeat(43), password: NEW_PASSWORD } });
      expect(codeOf(unknown)).toBe('NOT_FOUND');
      expect(await databaseFingerprint(api)).toEqual(before);
      expect(await works(user.token)).toBe(true);
    });
  });

  it('signOutEverywhere ends every session of the account', async () => {
    const user = await api.signUp('Everywhere');
    const second = (await signIn(user.user.email, TEST_PASSWORD)).data!.signIn.token;
    expect(await api.ok('mutation { signOutEverywhere }', {}, second)).toEqual({ signOutEverywhere: true });
    expect(codeOf(await api.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(ME, {}, second))).toBe('UNAUTHENTICATED');
    expect((await signIn(user.user.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  describe('updateProfile', () => {
    it('saves name, language and time zone, and refuses a stale version with CONFLICT', async () => {
      const user = await api.signUp('Profiled');
      const { me } = await api.ok<{ me: { version: number } }>('{ me { version } }', {}, user.token);
      const saved = await api.ok(PROFILE, { input: { version: me.version, name: 'Renamed Person', locale: 'nl', timeZone: 'Europe/Amsterdam' } }, user.token);
      expect(saved['updateProfile']).toMatchObject({ name: 'Renamed Person', locale: 'nl', timeZone: 'Europe/Amsterdam' });
      const before = await databaseFingerprint(api);
      const stale = await api.gql(PROFILE, { input: { version: me.version, name: 'Lost update' } }, user.token);
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(await databaseFingerprint(api)).toEqual(before);
    });

    it('words the account’s own mails in the language it chose: a Dutch reset and change notice, an Italian one', async () => {
      const dutch = await api.signUp('Dutch Resetter');
      const { me } = await api.ok<{ me: { version: number } }>('{ me { version } }', {}, dutch.token);
      await api.ok(PROFILE, { input: { version: me.version, locale: 'nl' } }, dutch.token);
      await api.ok(REQUEST_RESET, { input: { email: dutch.user.email } });
      const reset = await api.lastMailTo(dutch.user.email);
      expect(reset).toMatchObject({ kind: 'PASSWORD_RESET', subject: 'Stel een nieuw wachtwoord in voor CRM Rollout Tracker' });
      expect(reset!.text).toContain('Kies hier binnen 15 minuten een nieuw wachtwoord');
      // The link still leads to the reset page, whatever the language around it.
      expect(reset!.text).toMatch(/\/reset-password\?token=/);

      const italian = await api.signUp('Italian Changer');
      const mine = await api.ok<{ me: { version: number } }>('{ me { version } }', {}, italian.token);
      await api.ok(PROFILE, { input: { version: mine.me.version, locale: 'it' } }, italian.token);
      await api.ok(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } }, italian.token);
      expect((await api.lastMailTo(italian.user.email))?.subject).toBe('La tua password di CRM Rollout Tracker è stata cambiata');
    });

    it('refuses a time zone that does not exist with BAD_USER_INPUT', async () => {
      const user = await api.signUp('Zoned');
      const { me } = await api.ok<{ me: { version: number } }>('{ me { version } }', {}, user.token);
      const before = await databaseFingerprint(api);
      const result = await api.gql(PROFILE, { input: { version: me.version, timeZone: 'Mars/Olympus_Mons' } }, user.token);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(await databaseFingerprint(api)).toEqual(before);
    });
  });
});

describe('password reset over real SMTP', () => {
  let inbox: SmtpInbox;
  let api: TestApp;

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    api = await startTestApp({ config: { smtpUrl: inbox.url } });
  });
  afterAll(async () => {
    await api.close();
    await inbox.stop();
  });

  it('mails a link that resets the password when followed', async () => {
    const user = await api.signUp('Mailed Resetter');
    await api.ok(REQUEST_RESET, { input: { email: user.user.email } });
    const mail = await inbox.waitFor(user.user.email, (m) => m.links.some((link) => new URL(link).pathname === '/reset-password'));
    const token = linkTo(mail, '/reset-password').searchParams.get('token');
    expect(token).toBeTruthy();
    expect(await api.ok(RESET, { input: { token, password: NEW_PASSWORD } })).toEqual({ resetPassword: true });
    const signedIn = await api.gql(SIGN_IN, { input: { email: user.user.email, password: NEW_PASSWORD } });
    expect(signedIn.errors).toBeUndefined();
  });
});
