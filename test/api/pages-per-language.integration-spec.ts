import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { raw } from './support/raw-http';
import { startTestApp, TestApp } from './support/test-app';

const page = (language: string) => `<!doctype html><html lang="${language}"><head><base href="/${language}/"></head><body><crm-root></crm-root></body></html>`;
/** Angular's i18n build gives a bundle the same name in every language, with each language's texts in it. */
const bundle = (language: string) => `export const title = "${language}";`;

describe('the web app in the reader’s language', () => {
  let api: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'crm-web-languages-'));
    for (const language of ['en', 'nl', 'it']) {
      mkdirSync(join(webRoot, language));
      writeFileSync(join(webRoot, language, 'index.html'), page(language));
      writeFileSync(join(webRoot, language, 'chunk-ABCD1234.js'), bundle(language));
    }
    api = await startTestApp({ config: { webRoot } });
  });
  afterAll(async () => {
    await api.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers a deep link inside a language with that language’s page, and its bundles with its own texts', async () => {
    const deepLink = await raw(`${api.url}/nl/projects/1/board?view=columns`);
    expect(deepLink.status).toBe(200);
    expect(deepLink.text).toBe(page('nl'));
    expect(deepLink.headers['cache-control']).toBe('no-cache');

    const italian = await raw(`${api.url}/it/chunk-ABCD1234.js`);
    expect(italian.text).toBe(bundle('it'));
    expect(italian.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await raw(`${api.url}/nl/chunk-ABCD1234.js`)).text).toBe(bundle('nl'));
  });

  it('sends a link without a language on to the browser’s language, keeping the path and query', async () => {
    const link = await raw(`${api.url}/reset-password?token=abc`, { headers: { 'accept-language': 'nl-BE,nl;q=0.9,en;q=0.8' } });
    expect(link.status).toBe(302);
    expect(link.headers['location']).toBe('/nl/reset-password?token=abc');
    expect(String(link.headers['vary'])).toMatch(/accept-language/i);
    expect(link.headers['cache-control']).toMatch(/private/);
  });

  it('prefers the language the app last showed (its cookie) over the browser’s, and English when it speaks neither', async () => {
    const chosen = await raw(`${api.url}/`, { headers: { cookie: 'crm_lang=it', 'accept-language': 'nl' } });
    expect(chosen.headers['location']).toBe('/it/');

    const unknown = await raw(`${api.url}/projects`, { headers: { 'accept-language': 'fr-FR,de;q=0.5' } });
    expect(unknown.headers['location']).toBe('/en/projects');
  });

  it('keeps missing bundles and the server’s own routes out of it', async () => {
    const missing = await raw(`${api.url}/nl/chunk-GONE1234.js`);
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain('<crm-root>');

    const unprefixedFile = await raw(`${api.url}/chunk-ABCD1234.js`);
    expect(unprefixedFile.status).toBe(404);

    const health = await raw(`${api.url}/health`, { headers: { 'accept-language': 'nl' } });
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text)).toEqual({ status: 'ok' });
  });
});
