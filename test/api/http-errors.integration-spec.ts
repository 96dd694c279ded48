import { startTestApp, TestApp } from './support/test-app';

describe('requests that never reach a resolver', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const post = (body: string) => api.client.postRaw(body);

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const response = await post('{"query": "{ me { id }');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].message).toBe('The request body is not valid JSON.');
    expect(text).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('answers an oversized body with 413', async () => {
    const response = await post(JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(2_000_000)}` }));
    expect(response.status).toBe(413);
  });

  it('answers a syntax error with 400', async () => {
    const response = await post(JSON.stringify({ query: '{ me { id ' }));
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with 400 and names it', async () => {
    const response = await post(JSON.stringify({ query: '{ me { id shoeSize } }' }));
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].message).toMatch(/shoeSize/);
  });

  it('refuses a request that multiplies one field through many aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ');
    const response = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].message).toMatch(/alias/i);
  });

  it('keeps serving after all of the above', async () => {
    const health = await fetch(`${api.url}/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
  });
});
