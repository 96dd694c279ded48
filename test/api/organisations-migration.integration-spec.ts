import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { migrations } from '@crm/migrations';

import { dataSourceOptions, runMigrations } from '../../apps/api/src/common/database/data-source-options';
import { Organisations1764900000000 } from '../../migrations/1764900000000-organisations';
import { emptyDatabase, migrateUpTo } from './support/migration-steps';
import { TestDatabase } from './support/test-database';

/**
 * The organisations migration moves an installation that had none into organisations by who
 * works with whom. The database is built as it was just before that migration, filled the old way
 * with SQL, and then migrated: colleagues end up together, strangers apart, and nothing is lost.
 */

const ORGANISATIONS = migrations.indexOf(Organisations1764900000000);

const TABLES = ['users', 'projects', 'project_members', 'people', 'roles', 'role_assignments', 'rollout_waves', 'wave_key_users'];

describe('organisations migration', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    expect(ORGANISATIONS).toBeGreaterThan(0);
    database = await emptyDatabase();
    await migrateUpTo(database.url, ORGANISATIONS);
    db = new DataSource({ ...dataSourceOptions(database.url, 1), migrations: [] });
    await db.initialize();
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.stop();
  });

  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => ((await db.query(sql, params)) as T[])[0];
  const idOf = async (table: string, column: string, value: string): Promise<string> => (await one<{ id: string }>(`SELECT id FROM ${table} WHERE ${column} = $1`, [value])).id;
  const organisationOf = async (table: string, id: string): Promise<string> =>
    (await one<{ organisation_id: string }>(`SELECT organisation_id FROM ${table} WHERE id = $1`, [id])).organisation_id;

  it('puts two owners of one program in one organisation, an unrelated account in its own, and every person with the program that names them', async () => {
    // The installation before organisations: accounts, programs and people as the old API wrote them.
    const user = (email: string, name: string, day: string) =>
      db.query(`INSERT INTO users (email, name, password_hash, created_at) VALUES ($1, $2, '!', $3) RETURNING id`, [email, name, day]);
    await user('olga@old.example', 'Olga Owner', '2026-01-01T09:00:00Z');
    await user('omar@old.example', 'Omar Co-owner', '2026-01-02T09:00:00Z');
    await user('una@old.example', 'Una Unrelated', '2026-01-03T09:00:00Z');
    const [olga, omar, una] = await Promise.all(['olga', 'omar', 'una'].map((n) => idOf('users', 'email', `${n}@old.example`)));

    const program = async (name: string, creator: string, day: string): Promise<string> =>
      (
        await one<{ id: string }>(
          `INSERT INTO projects (name, crm_product, start_date, target_go_live_date, created_by, created_at) VALUES ($1, 'Salesforce', '2026-02-01', '2026-09-01', $2, $3) RETURNING id`,
          [name, creator, day],
        )
      ).id;
    const shared = await program('Shared rollout', olga, '2026-01-05T09:00:00Z');
    const omarsOwn = await program('Omar’s second program', omar, '2026-01-06T09:00:00Z');
    const unasOwn = await program('Una’s program', una, '2026-01-07T09:00:00Z');
    await db.query(`INSERT INTO project_members (project_id, user_id, permission) VALUES ($1, $2, 'OWNER'), ($1, $3, 'OWNER'), ($4, $3, 'OWNER'), ($5, $6, 'OWNER')`, [
      shared,
      olga,
      omar,
      omarsOwn,
      unasOwn,
      una,
    ]);

    const person = async (email: string, name: string, createdBy: string | null, day: string): Promise<string> =>
      (await one<{ id: string }>('INSERT INTO people (email, name, created_by, created_at) VALUES ($1, $2, $3, $4) RETURNING id', [email, name, createdBy, day])).id;
    // Nobody created her, but she holds a role in the shared program.
    const trainer = await person('tess@old.example', 'Tess Trainer', null, '2026-01-08T09:00:00Z');
    // Created by Una, named in no program.
    const unasContact = await person('carl@old.example', 'Carl Contact', una, '2026-01-09T09:00:00Z');
    // Named in Una's program only.
    const keyUser = await person('kim@old.example', 'Kim Key User', null, '2026-01-10T09:00:00Z');
    const assign = async (projectId: string, personId: string, key: string) => {
      const role = await one<{ id: string }>(`INSERT INTO roles (project_id, key, name) VALUES ($1, $2, $2) RETURNING id`, [projectId, key]);
      await db.query('INSERT INTO role_assignments (project_id, role_id, person_id, allocation_percent, is_primary) VALUES ($1, $2, $3, 50, true)', [projectId, role.id, personId]);
    };
    await assign(shared, trainer, 'TRAINER');
    await assign(unasOwn, keyUser, 'KEY_USER');
    // Named only as a key user of a wave of Una's program: placed through the wave, which has no
    // project_id column of its own to say where it belongs.
    const waveKeyUser = await person('wendy@old.example', 'Wendy Wave', null, '2026-01-11T09:00:00Z');
    const wave = await one<{ id: string }>(`INSERT INTO rollout_waves (project_id, name, go_live_date) VALUES ($1, 'Wave 1', '2026-06-01') RETURNING id`, [unasOwn]);
    await db.query('INSERT INTO wave_key_users (wave_id, person_id) VALUES ($1, $2)', [wave.id, waveKeyUser]);

    const count = async (table: string) => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).n;
    const before = Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(t)] as const)));

    await migrateUpTo(database.url, ORGANISATIONS + 1);

    // Nothing lost, nothing copied.
    const after = Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(t)] as const)));
    expect(after).toEqual(before);
    expect(await count('organisations')).toBe(2);

    const colleagues = await organisationOf('users', olga);
    expect(await organisationOf('users', omar)).toBe(colleagues);
    const unasOrganisation = await organisationOf('users', una);
    expect(unasOrganisation).not.toBe(colleagues);

    expect(await organisationOf('projects', shared)).toBe(colleagues);
    expect(await organisationOf('projects', omarsOwn)).toBe(colleagues);
    expect(await organisationOf('projects', unasOwn)).toBe(unasOrganisation);
    expect(await organisationOf('people', trainer)).toBe(colleagues);
    expect(await organisationOf('people', keyUser)).toBe(unasOrganisation);
    expect(await organisationOf('people', unasContact)).toBe(unasOrganisation);
    expect(await organisationOf('people', waveKeyUser)).toBe(unasOrganisation);

    // The first account of each group to sign up administers it.
    const roles = await db.query('SELECT email, organisation_role FROM users ORDER BY email');
    expect(roles).toEqual([
      { email: 'olga@old.example', organisation_role: 'ADMIN' },
      { email: 'omar@old.example', organisation_role: 'MEMBER' },
      { email: 'una@old.example', organisation_role: 'ADMIN' },
    ]);
    const names = (await db.query('SELECT name FROM organisations ORDER BY name')).map((row: { name: string }) => row.name);
    expect(names).toEqual(["Olga Owner's organisation", "Una Unrelated's organisation"]);
  });
});
