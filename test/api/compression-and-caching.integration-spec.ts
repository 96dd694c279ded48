import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createStandardProject } from './support/fixtures';
import { raw } from './support/raw-http';
import { startTestApp, TestApp } from './support/test-app';

const INDEX = `<!doctype html><html><head><title>CRM</title><script src="main-ABCD1234.js" type="module"></script></head><body><crm-root></crm-root>${'<!-- padding -->'.repeat(100)}</body></html>`;
const BUNDLE = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: ${i}, label: "row ${i}" }`).join(', ')}];`;

describe('compression and caching of the web app and the API', () => {
  let api: TestApp;
  let webRoot: string;
  let token: string;
  let projectId: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'crm-web-cache-'));
    writeFileSync(join(webRoot, 'index.html'), INDEX);
    writeFileSync(join(webRoot, 'main-ABCD1234.js'), BUNDLE);
    writeFileSync(join(webRoot, 'styles-WXYZ5678.css'), `body { margin: 0 }\n${'.row { padding: 4px }\n'.repeat(100)}`);
    writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    api = await startTestApp({ config: { webRoot } });
    ({ token } = await api.signUp('Cache tester'));
    projectId = (await createStandardProject(api, token)).id;
  });
  afterAll(async () => {
    await api.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('sends a hashed bundle brotli-compressed to a client that accepts br, gzip to one that accepts only gzip, and as is otherwise', async () => {
    const br = await raw(`${api.url}/main-ABCD1234.js`, { acceptEncoding: 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.text).toBe(BUNDLE);
    expect(br.wireBytes).toBeLessThan(BUNDLE.length / 3);
    expect(String(br.headers['vary'])).toMatch(/accept-encoding/i);

    const gzip = await raw(`${api.url}/main-ABCD1234.js`, { acceptEncoding: 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.text).toBe(BUNDLE);

    const plain = await raw(`${api.url}/main-ABCD1234.js`, { acceptEncoding: 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(BUNDLE);
  });

  it('lets browsers keep hashed bundles for a year and makes them revalidate index.html and unhashed files', async () => {
    for (const file of ['main-ABCD1234.js', 'styles-WXYZ5678.css']) {
      expect((await raw(`${api.url}/${file}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['/', '/index.html', '/favicon.svg']) {
      expect((await raw(`${api.url}${path}`)).headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers a deep link of the app with index.html (no-cache), and a missing bundle with 404', async () => {
    const deepLink = await raw(`${api.url}/projects/${projectId}/board?view=columns`, { acceptEncoding: 'br' });
    expect(deepLink.status).toBe(200);
    expect(deepLink.headers['content-type']).toMatch(/^text\/html/);
    expect(deepLink.headers['cache-control']).toBe('no-cache');
    expect(deepLink.headers['content-encoding']).toBe('br');
    expect(deepLink.text).toBe(INDEX);

    const missing = await raw(`${api.url}/chunk-GONE1234.js`);
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain('<crm-root>');
  });

  it('never answers the server routes with the app page', async () => {
    const health = await raw(`${api.url}/health`);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toEqual({ status: 'ok' });

    const feed = await raw(`${api.url}/calendar/waves/00000000-0000-4000-8000-000000000000.ics?token=nope`);
    expect(feed.status).toBe(404);
    expect(feed.text).not.toContain('<crm-root>');

    for (const path of ['/calendar/elsewhere', '/api/anything', '/graphql/extra']) {
      const response = await raw(`${api.url}${path}`);
      expect(response.status).toBe(404);
      expect(response.text).not.toContain('<crm-root>');
    }

    const graphqlGet = await raw(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(graphqlGet.text).not.toContain('<crm-root>');
    expect(JSON.parse(graphqlGet.text)).toEqual({ data: { __typename: 'Query' } });
  });

  it('compresses GraphQL answers over 1 kB as the client asks, and leaves small ones alone', async () => {
    const query = JSON.stringify({ query: `{ project(id: "${projectId}") { phases { id name milestones { id name dueDate } } } }` });
    const big = await raw(`${api.url}/graphql`, { method: 'POST', body: query, acceptEncoding: 'br, gzip', headers: { authorization: `Bearer ${token}` } });
    expect(big.status).toBe(200);
    expect(big.headers['content-encoding']).toBe('br');
    expect(big.text.length).toBeGreaterThan(1024);
    expect(JSON.parse(big.text).data.project.phases.length).toBeGreaterThan(0);

    const gzip = await raw(`${api.url}/graphql`, { method: 'POST', body: query, acceptEncoding: 'gzip', headers: { authorization: `Bearer ${token}` } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gzip.text)).toEqual(JSON.parse(big.text));

    const small = await raw(`${api.url}/graphql`, { method: 'POST', body: JSON.stringify({ query: '{ __typename }' }), acceptEncoding: 'br, gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.text)).toEqual({ data: { __typename: 'Query' } });
  });

  it('keeps the security headers on files, the app page, GraphQL, feeds and 404s', async () => {
    const responses = await Promise.all([
      raw(`${api.url}/main-ABCD1234.js`, { acceptEncoding: 'br' }),
      raw(`${api.url}/`),
      raw(`${api.url}/projects/x/board`),
      raw(`${api.url}/graphql`, { method: 'POST', body: JSON.stringify({ query: '{ __typename }' }) }),
      raw(`${api.url}/calendar/waves/bad.ics`),
      raw(`${api.url}/chunk-GONE1234.js`),
    ]);
    for (const response of responses) {
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });
});
