import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';

import { DEMO_SIGN_IN, seedDemoProgram } from '../../apps/api/src/seed/demo-seed';
import { startTestDatabase, TestDatabase } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

describe('the committed schema', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('matches the schema the code defines (run `npx nx run api:schema` after changing the API)', () => {
    const committed = readFileSync(join(__dirname, '../../apps/api/schema.gql'), 'utf8');
    expect(printSchema(api.app.get(GraphQLSchemaHost).schema) + '\n').toBe(committed);
  });
});

describe('a restart', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await startTestDatabase();
  });
  afterAll(() => database.stop());

  it('keeps projects, keeps sign-ins valid, and seeds the demo program only once', async () => {
    const first = await startTestApp({ databaseUrl: database.url });
    await seedDemoProgram(first.app);
    const { token } = await first.signUp('Keeper');
    await first.ok(
      'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      { input: { name: 'Survives restarts', crmProduct: 'HubSpot', startDate: '2027-01-01', targetGoLiveDate: '2027-04-01' } },
      token,
    );
    await first.close();

    const second = await startTestApp({ databaseUrl: database.url });
    await seedDemoProgram(second.app);
    try {
      const mine = await second.ok('{ projects { name } }', {}, token);
      expect(mine['projects']).toEqual([{ name: 'Survives restarts' }]);
      const demo = await second.ok(
        'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
        { input: { email: DEMO_SIGN_IN.email, password: DEMO_SIGN_IN.password } },
      );
      const demoProjects = await second.ok('{ projects { name unownedTaskCount } myTasks { role { key } } }', {}, demo['signIn'].token);
      expect(demoProjects['projects']).toHaveLength(1);
      // The demo is staffed enough to show owners, with gaps left to show what unowned work looks like.
      expect(demoProjects['myTasks'].length).toBeGreaterThan(0);
      expect(demoProjects['myTasks'].every((t: { role: { key: string } }) => t.role.key === 'PROJECT_MANAGER')).toBe(true);
      expect(demoProjects['projects'][0].unownedTaskCount).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
  });
});
