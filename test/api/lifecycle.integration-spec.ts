import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';

import { DEMO_MEMBERS, DEMO_ORGANISATION_NAME, DEMO_PENDING_INVITATION } from '../../apps/api/src/seed/demo-organisation';
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

      // One organisation: the demo account as its admin, colleagues who joined by invitation, one invitation still open.
      const organisation = (
        await second.ok('{ organisation { name myRole members { role user { email } } invitations { email status projectName permission } } }', {}, demo['signIn'].token)
      )['organisation'];
      expect(organisation.name).toBe(DEMO_ORGANISATION_NAME);
      expect(organisation.myRole).toBe('ADMIN');
      expect(organisation.members.map((m: { user: { email: string } }) => m.user.email).sort()).toEqual([DEMO_SIGN_IN.email, ...DEMO_MEMBERS.map((m) => m.email)].sort());
      const pending = organisation.invitations.filter((i: { status: string }) => i.status === 'PENDING');
      expect(pending).toEqual([{ email: DEMO_PENDING_INVITATION.email, status: 'PENDING', projectName: demoProjects['projects'][0].name, permission: DEMO_PENDING_INVITATION.permission }]);

      // A colleague signs in with the demo password and finds the program with the permission they were invited with.
      const colleague = await second.ok(
        'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
        { input: { email: DEMO_MEMBERS[0].email, password: DEMO_SIGN_IN.password } },
      );
      const theirs = await second.ok('{ projects { name myPermission } }', {}, colleague['signIn'].token);
      expect(theirs['projects']).toEqual([{ name: demoProjects['projects'][0].name, myPermission: DEMO_MEMBERS[0].permission }]);
    } finally {
      await second.close();
    }
  });
});
