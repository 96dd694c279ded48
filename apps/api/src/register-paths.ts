import { join } from 'node:path';

import { register } from 'tsconfig-paths';

// Compiled output keeps `@crm/...` imports; map them onto the compiled libraries beside us.
// Under ts-node the .ts sources are found through tsconfig.base.json instead.
if (__filename.endsWith('.js')) {
  register({ baseUrl: join(__dirname, '..', '..', '..'), paths: { '@crm/domain': ['libs/domain/src/index.js'], '@crm/migrations': ['migrations/index.js'] } });
}
