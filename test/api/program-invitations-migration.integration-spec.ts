import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { migrations } from '@crm/migrations';

import { dataSourceOptions, runMigrations } from '../../apps/api/src/common/database/data-source-options';
import { ProgramInvitationsJoinOrganisationInvitations1764900000500 } from '../../migrations/1764900000500-program-invitations-join-organisation-invitations';
import { emptyDatabase, migrateUpTo } from './support/migration-steps';
import { TestDatabase } from './support/test-database';

/**
 * The program invitations of before organisations come under the one invitation rule: the
 * database is built as it was just before that migration, given pending invitations the old way,
 * and migrated. A colleague is in the program, anyone else has an invitation its owners can send.
 */

const STEP = migrations.indexOf(ProgramInvitationsJoinOrganisationInvitations1764900000500);

describe('program invitations migration', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    expect(STEP).toBeGreaterThan(0);
    database = await emptyDatabase();
    await migrateUpTo(database.url, STEP);
    db = new DataSource({ ...dataSourceOptions(database.url, 1), migrations: [] });
    await db.initialize();
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.stop();
  });

  it('adds an invited colleague to the program, keeps a member’s own access, and leaves everyone else an invitation to send', async () => {
    const [organisation] = await db.query(`INSERT INTO organisations (name, slug) VALUES ('Northwind', 'northwind') RETURNING id`);
    const account = async (email: string, deactivated = false): Promise<string> =>
      (
        await db.query(`INSERT INTO users (email, name, organisation_id, deactivated_at) VALUES ($1, $1, $2, $3) RETURNING id`, [
          email,
          organisation.id,
          deactivated ? new Date() : null,
        ])
      )[0].id;
    const owner = await account('owner@northwind.example');
    await account('colleague@northwind.example');
    const member = await account('member@northwind.example');
    await account('gone@northwind.example', true);
    const [program] = await db.query(
      `INSERT INTO projects (name, crm_product, start_date, target_go_live_date, created_by, organisation_id) VALUES ('Rollout', 'Salesforce', '2026-02-01', '2026-09-01', $1, $2) RETURNING id`,
      [owner, organisation.id],
    );
    await db.query(`INSERT INTO project_members (project_id, user_id, permission) VALUES ($1, $2, 'OWNER'), ($1, $3, 'EDITOR')`, [program.id, owner, member]);
    const invite = (email: string, permission: string, status = 'PENDING') =>
      db.query(`INSERT INTO project_invitations (project_id, email, permission, invited_by, status) VALUES ($1, $2, $3, $4, $5)`, [program.id, email, permission, owner, status]);
    await invite('colleague@northwind.example', 'VIEWER');
    await invite('member@northwind.example', 'VIEWER');
    await invite('gone@northwind.example', 'EDITOR');
    await invite('stranger@elsewhere.example', 'EDITOR');
    await invite('declined@elsewhere.example', 'EDITOR', 'DECLINED');

    await migrateUpTo(database.url, STEP + 1);

    const members = await db.query(`SELECT u.email, m.permission FROM project_members m JOIN users u ON u.id = m.user_id WHERE m.project_id = $1 ORDER BY u.email`, [program.id]);
    expect(members).toEqual([
      { email: 'colleague@northwind.example', permission: 'VIEWER' },
      { email: 'member@northwind.example', permission: 'EDITOR' },
      { email: 'owner@northwind.example', permission: 'OWNER' },
    ]);
    const invitations = await db.query(
      `SELECT email, role, permission, status, invited_by, accepted_by IS NOT NULL AS accepted, expires_at <= now() AS expired
       FROM organisation_invitations WHERE project_id = $1 ORDER BY email`,
      [program.id],
    );
    expect(invitations).toEqual([
      { email: 'colleague@northwind.example', role: 'MEMBER', permission: 'VIEWER', status: 'ACCEPTED', invited_by: owner, accepted: true, expired: true },
      { email: 'gone@northwind.example', role: 'MEMBER', permission: 'EDITOR', status: 'PENDING', invited_by: owner, accepted: false, expired: true },
      { email: 'member@northwind.example', role: 'MEMBER', permission: 'VIEWER', status: 'ACCEPTED', invited_by: owner, accepted: true, expired: true },
      { email: 'stranger@elsewhere.example', role: 'MEMBER', permission: 'EDITOR', status: 'PENDING', invited_by: owner, accepted: false, expired: true },
    ]);
    expect((await db.query(`SELECT to_regclass('project_invitations') AS t`))[0].t).toBeNull();
  });
});
