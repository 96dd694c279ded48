// `npm test`: installs what is missing, runs every suite one after another (the machine has two
// cores), and ends with one line totalling them all: "N passed, N failed".
import { ensureInstall } from './ensure-install.mjs';
import { nx } from './run.mjs';

const SUITES = [
  { name: 'domain unit (vitest)', target: 'domain:test' },
  { name: 'web unit (vitest)', target: 'web:test' },
  { name: 'web translations complete (vitest)', target: 'web:translations' },
  { name: 'api integration (jest)', target: 'api:test' },
  { name: 'browser end-to-end (vitest + Chromium)', target: 'e2e:test' },
];

const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Reads the totals line of jest ("Tests: 1 failed, 5 passed, 6 total") or vitest ("Tests  1 failed | 5 passed (6)"). */
export function countsFrom(output) {
  const lines = stripAnsi(output)
    .split('\n')
    // Nx prefixes each streamed line with the project name ("domain: ").
    .map((line) => line.replace(/^[\w-]+: /, ''))
    .filter((line) => /^\s*Tests:?\s+\d/.test(line));
  const totals = { passed: 0, failed: 0 };
  for (const line of lines) {
    totals.passed += Number(/(\d+) passed/.exec(line)?.[1] ?? 0);
    totals.failed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0);
  }
  return { ...totals, found: lines.length > 0 };
}

ensureInstall();
const only = process.argv.slice(2);
const results = [];
for (const suite of SUITES.filter((s) => only.length === 0 || only.some((o) => s.target.startsWith(o)))) {
  console.log(`\n=== ${suite.name} ===`);
  const { code, output } = await nx(['run', suite.target, '--outputStyle=stream', '--skip-nx-cache']);
  const counts = countsFrom(output);
  // A suite that crashed before reporting, or failed without a failing test, still counts as a failure.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  results.push({ ...suite, ...counts, code });
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
