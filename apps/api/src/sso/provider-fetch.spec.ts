import { guardedProviderFetch, providerAddressProblem } from './provider-fetch';

describe('reaching an identity provider', () => {
  it('refuses addresses inside a network: private, link-local (cloud metadata), unique-local and loopback', async () => {
    for (const url of ['https://10.1.2.3/', 'https://192.168.0.10/', 'https://169.254.169.254/latest', 'https://[fd00::1]/', 'https://[::ffff:10.0.0.1]/', 'https://127.0.0.1/', 'https://0.0.0.0/']) {
      expect(await providerAddressProblem(new URL(url), false)).toMatch(/not a public address/);
    }
  });

  it('reaches public addresses, and this machine only where plain-http providers are allowed', async () => {
    expect(await providerAddressProblem(new URL('https://8.8.8.8/'), false)).toBeNull();
    expect(await providerAddressProblem(new URL('http://127.0.0.1:8080/'), true)).toBeNull();
    expect(await providerAddressProblem(new URL('http://localhost:8080/'), true)).toBeNull();
    // Allowing loopback allows nothing else.
    expect(await providerAddressProblem(new URL('https://10.1.2.3/'), true)).toMatch(/not a public address/);
  });

  it('fails the request before connecting anywhere', async () => {
    await expect(guardedProviderFetch(false)('https://169.254.169.254/.well-known/openid-configuration', { body: undefined, headers: {}, method: 'GET', redirect: 'manual' })).rejects.toThrow(/Refused to reach/);
  });
});
