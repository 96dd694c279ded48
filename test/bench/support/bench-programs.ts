import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuthService } from '../../../apps/api/src/auth/auth.service';
import { ProjectTemplateKind } from '../../../apps/api/src/projects/project-template.service';
import { ProjectsService } from '../../../apps/api/src/projects/projects.service';
import { ensureRequirements, fillProgram, ProgramShape, SeedContext } from './program-content';

/** The account that owns every bench program; sign in with it through the API. */
export const BENCH_USER = { email: 'bench@example.test', password: 'bench-200k-password', name: 'Bench Manager' };

/** Bump when the seeded data changes shape, so a kept database is seeded again instead of reused. */
const SEED_VERSION = 1;
const MARKER_KEY = 'bench_seed';

export interface BenchPlan {
  bigTasks: number;
  mediumTasks: number;
  /** Small programs beside the big ones, so the planner sees many programs (as production would). */
  otherPrograms: number;
  people: number;
}

export const FULL_PLAN: BenchPlan = { bigTasks: 200_000, mediumTasks: 10_000, otherPrograms: 50, people: 2_000 };

export interface SeededProgram {
  id: string;
  name: string;
  tasks: number;
  dependencies: number;
}

export interface BenchPrograms {
  version: number;
  plan: BenchPlan;
  big: SeededProgram;
  medium: SeededProgram;
  others: string[];
  userId: string;
  /** True when an earlier run's data was kept; the seconds are then those of that run. */
  reused: boolean;
  seedSeconds: number;
  migrations: string[];
}

const bigShape = (tasks: number): ProgramShape => ({
  tasks,
  roles: 20,
  extraMilestonesPerPhase: 40,
  waves: 8,
  sessionsPerWave: 12,
  attendeesPerSession: 40,
  extraRisks: 150,
  measurementsPerKpi: 11,
  staffOffset: 0,
});

const mediumShape = (tasks: number): ProgramShape => ({
  tasks,
  roles: 20,
  extraMilestonesPerPhase: 8,
  waves: 4,
  sessionsPerWave: 6,
  attendeesPerSession: 30,
  extraRisks: 40,
  measurementsPerKpi: 11,
  staffOffset: 500,
});

const otherShape = (k: number): ProgramShape => ({
  tasks: 36 + ((k * 97) % 600),
  roles: 13 + (k % 4),
  extraMilestonesPerPhase: k % 3,
  waves: k % 3 === 0 ? 2 : 0,
  sessionsPerWave: 3,
  attendeesPerSession: 10,
  extraRisks: 5,
  measurementsPerKpi: 3,
  staffOffset: 800 + k * 23,
});

async function readMarker(db: DataSource): Promise<BenchPrograms | undefined> {
  const rows: { value: string }[] = await db.query('SELECT value FROM app_settings WHERE key = $1', [MARKER_KEY]);
  if (rows.length === 0) return undefined;
  try {
    return JSON.parse(rows[0].value) as BenchPrograms;
  } catch {
    return undefined;
  }
}

async function appliedMigrations(db: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await db.query('SELECT name FROM schema_migrations ORDER BY id');
  return rows.map((r) => r.name);
}

/** Deletes every account, person and program (and through ON DELETE CASCADE all they hold). */
async function wipe(db: DataSource): Promise<void> {
  await db.query('TRUNCATE users, people, projects CASCADE');
  await db.query('DELETE FROM app_settings WHERE key = $1', [MARKER_KEY]);
}

async function addPeople(db: DataSource, userId: string, count: number): Promise<{ me: string; others: string[] }> {
  // People belong to the bench account's organisation; the account may already be in its directory.
  await db.query(
    `INSERT INTO people (email, name, department, created_by, organisation_id)
     VALUES ($1, $2, 'PMO', $3, (SELECT organisation_id FROM users WHERE id = $3)) ON CONFLICT DO NOTHING`,
    [BENCH_USER.email, BENCH_USER.name, userId],
  );
  const [{ id: me }] = await db.query('SELECT id FROM people WHERE email = $1 AND organisation_id = (SELECT organisation_id FROM users WHERE id = $2)', [BENCH_USER.email, userId]);
  await db.query(
    `INSERT INTO people (email, name, department, business_unit, capacity_hours_per_week, created_by, organisation_id)
     SELECT 'bench.person.' || lpad(g::text, 5, '0') || '@example.test',
            (ARRAY['Ada','Ben','Chloe','Dev','Eva','Femi','Gita','Hugo','Ines','Jon'])[1 + g % 10] || ' ' ||
            (ARRAY['Schmidt','Okafor','Raman','Ferreira','Chen','Schulz','Adeyemi','Liu','Novak','Haddad','Silva'])[1 + (g / 10) % 11] || ' ' || g,
            (ARRAY['Sales','Service','Marketing','IT','Finance'])[1 + g % 5], 'BU ' || (1 + g % 12), 32 + (g % 3) * 4, $2,
            (SELECT organisation_id FROM users WHERE id = $2)
     FROM generate_series(1, $1::int) g`,
    [count, userId],
  );
  const rows: { id: string }[] = await db.query(`SELECT id FROM people WHERE email LIKE 'bench.person.%' ORDER BY email`);
  return { me, others: rows.map((r) => r.id) };
}

async function programFigures(db: DataSource, id: string, name: string): Promise<SeededProgram> {
  const [{ tasks, dependencies }] = await db.query(
    `SELECT (SELECT count(*)::int FROM tasks WHERE project_id = $1) AS tasks,
            (SELECT count(*)::int FROM task_dependencies WHERE project_id = $1) AS dependencies`,
    [id],
  );
  return { id, name, tasks, dependencies };
}

const REQUIREMENTS = { big: 5_000, medium: 1_000 };

/** Data added to the bench after its first seeding, filled in place so program ids stay the same. */
async function topUp(db: DataSource, programs: { big: { id: string }; medium: { id: string } }, given?: SeedContext): Promise<void> {
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM requirements WHERE project_id = $1', [programs.big.id]);
  if (n >= REQUIREMENTS.big) return;
  const ctx = given ?? (await existingContext(db));
  await ensureRequirements(ctx, programs.big.id, REQUIREMENTS.big);
  await ensureRequirements(ctx, programs.medium.id, REQUIREMENTS.medium);
  if (!given) await db.query('ANALYZE requirements');
}

async function existingContext(db: DataSource): Promise<SeedContext> {
  const [me] = await db.query('SELECT p.id, u.id AS user_id FROM people p JOIN users u ON u.email = p.email WHERE p.email = $1', [BENCH_USER.email]);
  const rows: { id: string }[] = await db.query(`SELECT id FROM people WHERE email LIKE 'bench.person.%' ORDER BY email`);
  return { db, userId: me.user_id, mePersonId: me.id, peopleIds: rows.map((r) => r.id) };
}

/**
 * What autovacuum would have done to a long-lived database (it is off on the shared bench server):
 * fresh statistics, and a visibility map, without which the planner never picks an index-only scan
 * (every heap page still counts as unvisited after a bulk insert). Also covers indexes that a
 * migration added since the last run.
 */
async function steadyState(db: DataSource): Promise<void> {
  await db.query('VACUUM (ANALYZE)');
}

function samePlan(a: BenchPlan, b: BenchPlan): boolean {
  return a.bigTasks === b.bigTasks && a.mediumTasks === b.mediumTasks && a.otherPrograms === b.otherPrograms && a.people === b.people;
}

/**
 * The bench programs on the app's database: reused when an earlier seeding of the same version and
 * plan is found (the app has already migrated the database forward, so new indexes apply to the kept
 * rows), otherwise everything is wiped and seeded again. Only ever point this at a bench database.
 */
export async function ensureBenchPrograms(app: INestApplication, plan: BenchPlan, options: { force?: boolean; log?: (line: string) => void } = {}): Promise<BenchPrograms> {
  const db = app.get(DataSource);
  const log = options.log ?? (() => undefined);
  const marker = await readMarker(db);
  if (!options.force && marker && marker.version === SEED_VERSION && samePlan(marker.plan, plan)) {
    // A run stopped between creating and deleting its throwaway task leaves it behind.
    await db.query(`DELETE FROM tasks WHERE title LIKE 'Bench throwaway %'`);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM tasks WHERE project_id = $1', [marker.big.id]);
    if (n === marker.big.tasks) {
      await topUp(db, marker);
      await steadyState(db);
      return { ...marker, reused: true, migrations: await appliedMigrations(db) };
    }
    log(`kept bench data does not match its marker (${n} tasks, expected ${marker.big.tasks}); seeding again`);
  }
  const started = Date.now();
  await wipe(db);
  const step = (what: string) => log(`  seed: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const { user } = await app.get(AuthService).openAccount(BENCH_USER);
  const people = await addPeople(db, user.id, plan.people);
  step(`${plan.people + 1} people`);
  const ctx: SeedContext = { db, userId: user.id, mePersonId: people.me, peopleIds: people.others };
  const projects = app.get(ProjectsService);
  const create = (name: string, startDate: string, targetGoLiveDate: string) =>
    projects.create({ name, crmProduct: 'Salesforce Sales Cloud', startDate, targetGoLiveDate, template: ProjectTemplateKind.STANDARD }, user.id);

  const bigName = `Global rollout (${plan.bigTasks.toLocaleString('en-US')} tasks)`;
  const big = await create(bigName, '2026-01-05', '2027-09-30');
  await fillProgram(ctx, big.id, bigShape(plan.bigTasks));
  step(`${bigName}`);
  const mediumName = `Regional rollout (${plan.mediumTasks.toLocaleString('en-US')} tasks)`;
  const medium = await create(mediumName, '2026-01-05', '2027-09-30');
  await fillProgram(ctx, medium.id, mediumShape(plan.mediumTasks));
  step(mediumName);
  const others: string[] = [];
  for (let k = 0; k < plan.otherPrograms; k += 1) {
    const month = String(1 + (k % 12)).padStart(2, '0');
    const other = await create(`Business unit ${k + 1} rollout`, `2026-${month}-01`, `2027-${month}-15`);
    await fillProgram(ctx, other.id, otherShape(k));
    others.push(other.id);
  }
  step(`${plan.otherPrograms} other programs`);
  await topUp(db, { big: { id: big.id }, medium: { id: medium.id } }, ctx);
  await steadyState(db);
  step('VACUUM (ANALYZE)');
  const seeded: BenchPrograms = {
    version: SEED_VERSION,
    plan,
    big: await programFigures(db, big.id, bigName),
    medium: await programFigures(db, medium.id, mediumName),
    others,
    userId: user.id,
    reused: false,
    seedSeconds: Math.round((Date.now() - started) / 100) / 10,
    migrations: await appliedMigrations(db),
  };
  await db.query(
    `INSERT INTO app_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [MARKER_KEY, JSON.stringify(seeded)],
  );
  return seeded;
}
