import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Every text the web shows is marked for translation (i18n attributes, $localize) with an id; the
 * build fails on a missing translation too, but this says which ids, in which language, and also
 * catches a translation whose placeholders differ from the English (an amount or a name dropped).
 */
const LOCALE_DIR = __dirname;
const ROOT = resolve(__dirname, '../../../..');
const LANGUAGES = ['nl', 'it'] as const;

interface MessageFile {
  locale: string;
  translations: Record<string, string>;
}

let extracted: Record<string, string>;
let outDir: string;

function read(path: string): MessageFile {
  return JSON.parse(readFileSync(path, 'utf8')) as MessageFile;
}

/** Every translation file of a language, merged as the build merges them (apps/web/project.json lists them). */
function translationsOf(language: string): Record<string, string> {
  const project = JSON.parse(readFileSync(join(ROOT, 'apps/web/project.json'), 'utf8')) as { i18n: { locales: Record<string, { translation: string[] }> } };
  const listed = project.i18n.locales[language].translation.map((file) => resolve(ROOT, file));
  const onDisk = readdirSync(LOCALE_DIR).filter((file) => file.endsWith(`.${language}.json`)).map((file) => join(LOCALE_DIR, file));
  expect(onDisk.filter((file) => !listed.includes(file)), `translation files of ${language} the build does not read`).toEqual([]);
  return Object.assign({}, ...listed.map((file) => read(file).translations));
}

/** `{$INTERPOLATION}`, `{$START_TAG_STRONG}`, ICU cases…: what a translation must keep. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\$[A-Z0-9_]+\}/g)].map((match) => match[0]).sort();
}

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'crm-i18n-'));
  execFileSync('npx', ['nx', 'run', 'web:extract-i18n', `--outputPath=${outDir}`, '--skip-nx-cache'], {
    cwd: ROOT,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
    stdio: 'pipe',
  });
  extracted = read(join(outDir, 'messages.json')).translations;
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the web’s translations', () => {
  it('has English source texts for the ids the templates use, as committed in messages.json', () => {
    expect(Object.keys(extracted).length).toBeGreaterThan(0);
    expect(read(join(LOCALE_DIR, 'messages.json')).translations, 'run `npm run i18n:extract` and commit messages.json').toEqual(extracted);
  });

  for (const language of LANGUAGES) {
    it(`translates every message into ${language}, keeping its placeholders, with nothing left over`, () => {
      const translations = translationsOf(language);
      const missing = Object.keys(extracted).filter((id) => !(id in translations));
      const stale = Object.keys(translations).filter((id) => !(id in extracted));
      const broken = Object.keys(extracted).filter((id) => id in translations && placeholders(translations[id]).join() !== placeholders(extracted[id]).join());
      expect(missing, `ids without a ${language} translation`).toEqual([]);
      expect(stale, `${language} translations of ids no template uses`).toEqual([]);
      expect(broken, `${language} translations whose placeholders differ from the English`).toEqual([]);
    });
  }
});
