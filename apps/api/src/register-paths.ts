import { join } from 'node:path';

import { register } from 'tsconfig-paths';

// Compiled output keeps `@crm/domain` imports; map them onto the compiled library beside us.
// Under ts-node the .ts sources are found through tsconfig.base.json instead.
if (__filename.endsWith('.js')) {
  register({ baseUrl: join(__dirname, '..', '..', '..'), paths: { '@crm/domain': ['libs/domain/src/index.js'] } });
}
