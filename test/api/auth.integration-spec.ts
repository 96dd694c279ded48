import { startTestApp, TestApp } from './support/test-app';

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email name } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token user { id email name } } }';
const ME = '{ me { id email name } }';

describe('sign-up and sign-in', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('signs up, then signs in with the same email in another case, and knows who is signed in', async () => {
    const up = await api.ok(SIGN_UP, { input: { email: 'Grace.Hopper@Example.test', password: 'a long enough password', name: 'Grace Hopper' } });
    expect(up['signUp'].user).toMatchObject({ email: 'grace.hopper@example.test', name: 'Grace Hopper' });

    const inn = await api.ok(SIGN_IN, { input: { email: 'GRACE.HOPPER@example.test', password: 'a long enough password' } });
    expect(inn['signIn'].user.id).toBe(up['signUp'].user.id);

    const me = await api.ok(ME, {}, inn['signIn'].token);
    expect(me['me']).toEqual(up['signUp'].user);
  });

  it('refuses a second account with the same email, whatever its case, and stores nothing', async () => {
    await api.ok(SIGN_UP, { input: { email: 'twice@example.test', password: 'a long enough password', name: 'First' } });
    const before = await api.count('users');
    const again = await api.gql(SIGN_UP, { input: { email: 'TWICE@example.test', password: 'another long password', name: 'Second' } });
    expect(again.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions['fields']).toEqual([{ field: 'email', message: expect.stringMatching(/already exists/) }]);
    expect(await api.count('users')).toBe(before);
  });

  it('names each invalid field of a sign-up and stores nothing', async () => {
    const before = await api.count('users');
    const result = await api.gql(SIGN_UP, { input: { email: 'not-an-email', password: 'short', name: '' } });
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0]?.extensions['fields'] as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['email', 'name', 'password']);
    expect(await api.count('users')).toBe(before);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    await api.ok(SIGN_UP, { input: { email: 'known@example.test', password: 'the right password', name: 'Known' } });
    const wrongPassword = await api.gql(SIGN_IN, { input: { email: 'known@example.test', password: 'the wrong password' } });
    const unknownEmail = await api.gql(SIGN_IN, { input: { email: 'nobody@example.test', password: 'the wrong password' } });
    expect(wrongPassword.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknownEmail.errors?.[0]?.message).toBe(wrongPassword.errors?.[0]?.message);
  });

  it('never returns the password hash or the password', async () => {
    const result = await api.gql(SIGN_UP, { input: { email: 'secret@example.test', password: 'my secret password', name: 'S' } });
    expect(JSON.stringify(result)).not.toMatch(/my secret password|argon2/);
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
