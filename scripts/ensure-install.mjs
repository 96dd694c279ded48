// Installs dependencies when they are missing or older than the lockfile, so `npm start` and
// `npm test` work from a fresh clone with nothing but Node and npm.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'node_modules', '.crm-install-stamp');
const lockHash = createHash('sha256').update(readFileSync(join(root, 'package-lock.json'))).digest('hex');

export function ensureInstall() {
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) return;
  console.log('Installing dependencies (first run or changed lockfile)…');
  // `npm ci` rejects this registry mirror's lockfile (missing foreign-platform binaries); a plain
  // install honours the committed lockfile and leaves it unchanged.
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, lockHash);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureInstall();
