// `npm start`: install what is missing, build, then run the server (it migrates, seeds the demo
// program on first run and serves the API and the web app from one port).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { ensureInstall } from './ensure-install.mjs';
import { ciEnv, nx, root } from './run.mjs';

ensureInstall();
const build = await nx(['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=stream']);
if (build.code !== 0) process.exit(build.code);

// Production mode: Apollo and graphql-js skip their development checks, and libraries that read
// NODE_ENV take their fast paths. Logs stay as they are (Nest's log, warn and error).
const env = { ...ciEnv, NODE_ENV: process.env.NODE_ENV || 'production' };
const server = spawn(process.execPath, [join(root, 'dist/apps/api/apps/api/src/main.js')], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('close', (code) => process.exit(code ?? 0));
