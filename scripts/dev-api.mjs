// `nx serve api`: recompile on change and restart the server.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { ciEnv, root } from './run.mjs';

const tsc = spawn(join(root, 'node_modules/.bin/tsc'), ['-p', 'apps/api/tsconfig.app.json', '--watch', '--preserveWatchOutput'], {
  cwd: root,
  env: ciEnv,
  stdio: ['ignore', 'pipe', 'inherit'],
});
let server;
tsc.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!server && /Found 0 errors/.test(String(chunk))) {
    server = spawn(process.execPath, ['--watch', join(root, 'dist/apps/api/apps/api/src/main.js')], { cwd: root, env: ciEnv, stdio: 'inherit' });
  }
});
const stop = () => {
  server?.kill();
  tsc.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
