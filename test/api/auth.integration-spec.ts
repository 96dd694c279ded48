import { databaseFingerprint } from './support/fingerprint';
import { GraphQLResponse, startTestApp, TestApp } from './support/test-app';
import { TEST_PASSWORD, uniqueEmail } from '../support/graphql-client';

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) }';
const CONFIRM = 'mutation($input: ConfirmSignUpInput!) { confirmSignUp(input: $input) { token user { id email name organisationRole } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token user { id email name } } }';
const ME = '{ me { id email name } }';
const ORGANISATION = '{ organisation { name myRole members { role user { email } } } }';
const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }';
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }';

const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions['code'];
const stateOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions['state'];
const pathsIn = (text: string | undefined) => (text?.match(/https?:\/\/\S+/g) ?? []).map((link) => new URL(link).pathname);

describe('sign-up and sign-in', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const signUp = (email: string, name = 'Someone', password = TEST_PASSWORD, organisationName?: string) =>
    api.gql<{ signUp: boolean }>(SIGN_UP, { input: { email, password, name, ...(organisationName ? { organisationName } : {}) } });
  const confirm = (token: string) => api.gql<{ confirmSignUp: { token: string; user: { id: string; email: string; name: string; organisationRole: string } } }>(CONFIRM, { input: { token } });
  const usersWith = async (email: string) => (await api.query('SELECT id FROM users WHERE email = $1', [email])).length;

  it('signs up by the mailed link into a new organisation as its admin, then signs in with the email in another case', async () => {
    expect(await api.ok(SIGN_UP, { input: { email: 'Grace.Hopper@Example.test', password: 'a long enough password', name: 'Grace Hopper', organisationName: 'Navy Labs' } })).toEqual({
      signUp: true,
    });
    expect(await usersWith('grace.hopper@example.test')).toBe(0);
    const confirmed = await confirm(await api.linkToken('grace.hopper@example.test', '/confirm-sign-up'));
    expect(confirmed.errors).toBeUndefined();
    const up = confirmed.data!.confirmSignUp;
    expect(up.user).toMatchObject({ email: 'grace.hopper@example.test', name: 'Grace Hopper', organisationRole: 'ADMIN' });
    expect(await api.ok(ORGANISATION, {}, up.token)).toEqual({
      organisation: { name: 'Navy Labs', myRole: 'ADMIN', members: [{ role: 'ADMIN', user: { email: 'grace.hopper@example.test' } }] },
    });

    const inn = await api.ok(SIGN_IN, { input: { email: 'GRACE.HOPPER@example.test', password: 'a long enough password' } });
    expect(inn['signIn'].user.id).toBe(up.user.id);
    const me = await api.ok(ME, {}, inn['signIn'].token);
    expect(me['me']).toEqual({ id: up.user.id, email: up.user.email, name: up.user.name });
  });

  it('answers a known and an unknown email the same, creates no account for either, and mails each its kind of mail', async () => {
    const known = await api.signUp('Already Here');
    const unknown = uniqueEmail('brand-new');
    const tokensBefore = await api.count('account_tokens');
    const mailsBefore = await api.count('mail_outbox');
    const usersBefore = await api.count('users');

    const forKnown = await signUp(known.user.email.toUpperCase(), 'Probe', 'another long password');
    const afterKnown = { tokens: (await api.count('account_tokens')) - tokensBefore, mails: (await api.count('mail_outbox')) - mailsBefore };
    const forUnknown = await signUp(unknown, 'Newcomer');
    expect({ data: forKnown.data, errors: forKnown.errors }).toEqual({ data: { signUp: true }, errors: undefined });
    expect({ data: forUnknown.data, errors: forUnknown.errors }).toEqual({ data: forKnown.data, errors: forKnown.errors });
    // Both paths write the same rows, so neither takes longer.
    expect(afterKnown).toEqual({ tokens: 1, mails: 1 });
    expect({ tokens: (await api.count('account_tokens')) - tokensBefore, mails: (await api.count('mail_outbox')) - mailsBefore }).toEqual({ tokens: 2, mails: 2 });
    expect(await api.count('users')).toBe(usersBefore);

    const knownMail = await api.lastMailTo(known.user.email);
    expect(knownMail?.kind).toBe('SIGN_UP_KNOWN');
    expect(pathsIn(knownMail?.text)).toEqual(['/sign-in', '/forgot-password']);
    const newMail = await api.lastMailTo(unknown);
    expect(newMail?.kind).toBe('SIGN_UP_CONFIRM');
    expect(pathsIn(newMail?.text)).toEqual(['/confirm-sign-up']);
    // The known account is untouched: its password still signs in.
    expect((await api.gql(SIGN_IN, { input: { email: known.user.email, password: TEST_PASSWORD } })).errors).toBeUndefined();
  });

  it('words the confirmation mail in Dutch for a newcomer whose browser asks for Dutch, and its link still finishes the account', async () => {
    const email = uniqueEmail('nieuwkomer');
    const answer = await api.client.request(SIGN_UP, { input: { email, password: TEST_PASSWORD, name: 'Noor' } }, undefined, { 'accept-language': 'nl-NL,nl;q=0.9,en;q=0.5' });
    expect(answer.errors).toBeUndefined();
    const mail = await api.lastMailTo(email);
    expect(mail).toMatchObject({ kind: 'SIGN_UP_CONFIRM', subject: 'Bevestig je e-mailadres om je account bij CRM Rollout Tracker af te ronden' });
    expect(mail!.text).toContain('Hallo Noor,');
    expect((await confirm(await api.linkToken(email, '/confirm-sign-up'))).data?.confirmSignUp.user.email).toBe(email);
  });

  it('words the confirmation mail in the language the sign-up page was shown in (its cookie), before the browser’s', async () => {
    const email = uniqueEmail('nuova arrivata');
    await api.client.ok(SIGN_UP, { input: { email, password: TEST_PASSWORD, name: 'Giulia' } }, undefined, { cookie: 'crm_lang=nl', 'accept-language': 'it-IT,it;q=0.9' });
    expect((await api.lastMailTo(email))?.subject).toBe('Bevestig je e-mailadres om je account bij CRM Rollout Tracker af te ronden');
    // Without either, English.
    const plain = uniqueEmail('plain newcomer');
    await signUp(plain, 'Pat');
    expect((await api.lastMailTo(plain))?.subject).toBe('Confirm your email to finish your CRM Rollout Tracker account');
  });

  it('keeps only a hash of the password with the link, and the link works once', async () => {
    const email = uniqueEmail('once');
    await signUp(email, 'Once', 'my secret password');
    const [stored] = await api.query<{ payload: unknown }>('SELECT payload FROM account_tokens WHERE email = $1', [email]);
    expect(JSON.stringify(stored.payload)).not.toContain('my secret password');
    expect(JSON.stringify(stored.payload)).toContain('$argon2id$');
    const token = await api.linkToken(email, '/confirm-sign-up');
    expect((await confirm(token)).errors).toBeUndefined();

    const before = await databaseFingerprint(api);
    const again = await confirm(token);
    expect([codeOf(again), stateOf(again)]).toEqual(['INVALID_STATE', 'LINK_USED']);
    expect(await databaseFingerprint(api)).toEqual(before);
    expect((await api.gql(SIGN_IN, { input: { email, password: 'my secret password' } })).errors).toBeUndefined();
  });

  it('refuses an expired link with LINK_EXPIRED and an unknown one with NOT_FOUND, creating nothing', async () => {
    const email = uniqueEmail('late');
    await signUp(email, 'Late');
    const token = await api.linkToken(email, '/confirm-sign-up');
    await api.query("UPDATE account_tokens SET expires_at = now() - interval '1 minute' WHERE email = $1 AND purpose = 'SIGN_UP'", [email]);
    const before = await databaseFingerprint(api);
    const expired = await confirm(token);
    expect([codeOf(expired), stateOf(expired)]).toEqual(['INVALID_STATE', 'LINK_EXPIRED']);
    expect(codeOf(await confirm('A'.repeat(43)))).toBe('NOT_FOUND');
    expect(await databaseFingerprint(api)).toEqual(before);
    expect(await usersWith(email)).toBe(0);
  });

  it('refuses a link whose email got an account in the meantime (an accepted invitation), creating nothing', async () => {
    const admin = await api.signUp('Inviting Admin');
    const email = uniqueEmail('raced');
    await signUp(email, 'Raced');
    const signUpToken = await api.linkToken(email, '/confirm-sign-up');
    await api.ok(INVITE, { input: { email, role: 'MEMBER' } }, admin.token);
    await api.ok(ACCEPT, { input: { token: await api.linkToken(email, '/accept-invitation'), name: 'Raced', password: TEST_PASSWORD } });

    const before = await databaseFingerprint(api);
    const refused = await confirm(signUpToken);
    expect([codeOf(refused), stateOf(refused)]).toEqual(['INVALID_STATE', 'ALREADY_MEMBER']);
    expect(refused.errors?.[0]?.message).toMatch(/Sign in/);
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('names each invalid field of a sign-up and stores nothing', async () => {
    const before = await databaseFingerprint(api);
    const result = await api.gql(SIGN_UP, { input: { email: 'not-an-email', password: 'short', name: '' } });
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0]?.extensions['fields'] as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['email', 'name', 'password']);
    expect(await databaseFingerprint(api)).toEqual(before);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    await api.client.signUp('Known', { email: 'known@example.test', password: 'the right password' });
    const wrongPassword = await api.gql(SIGN_IN, { input: { email: 'known@example.test', password: 'the wrong password' } });
    const unknownEmail = await api.gql(SIGN_IN, { input: { email: 'nobody@example.test', password: 'the wrong password' } });
    expect(wrongPassword.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknownEmail.errors?.[0]?.message).toBe(wrongPassword.errors?.[0]?.message);
  });

  it('never returns or mails the password hash or the password', async () => {
    const result = await api.gql(SIGN_UP, { input: { email: 'secret@example.test', password: 'my secret password', name: 'S' } });
    const confirmed = await confirm(await api.linkToken('secret@example.test', '/confirm-sign-up'));
    const mail = await api.lastMailTo('secret@example.test');
    expect(JSON.stringify([result, confirmed, mail])).not.toMatch(/my secret password|argon2|scrypt/);
  });

  it('requires a token for everything but sign-up and sign-in', async () => {
    const anonymous = await api.gql(ME);
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const forged = await api.gql(ME, {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad-signature');
    expect(forged.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('sign-in rate limit', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ config: { signInAttemptsPerMinute: 3 } });
  });
  afterAll(() => api.close());

  it('turns away repeated attempts with TOO_MANY_REQUESTS', async () => {
    const attempt = () => api.gql(SIGN_IN, { input: { email: 'target@example.test', password: 'guess number one' } });
    const codes: string[] = [];
    for (let i = 0; i < 4; i += 1) codes.push(String((await attempt()).errors?.[0]?.extensions.code));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
  });

  it('counts starts of single sign-on the same way, since anyone may start one', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await fetch(`${api.url}/auth/sso/some-organisation/start`, { redirect: 'manual' })).status);
    expect(statuses).toEqual([302, 302, 302, 429]);
  });
});
