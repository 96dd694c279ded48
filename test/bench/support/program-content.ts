import { DataSource } from 'typeorm';

/**
 * Bulk SQL that fills a program created from the standard template (5 phases, 13 roles, 36 tasks)
 * up to a given size. Every choice comes from `hashint8` of a row number plus a fixed salt, so two
 * seedings of the same shape give the same data and plans: no Math.random anywhere.
 */
export interface ProgramShape {
  /** Tasks in the program, the template's included. */
  tasks: number;
  /** Roles in the program; the template brings 13, the rest are custom regional leads. */
  roles: number;
  /** Milestones added to each phase beside the template's two. */
  extraMilestonesPerPhase: number;
  waves: number;
  sessionsPerWave: number;
  attendeesPerSession: number;
  extraRisks: number;
  measurementsPerKpi: number;
  /** Offset into the people list, so programs are staffed by different people. */
  staffOffset: number;
}

export interface SeedContext {
  db: DataSource;
  userId: string;
  /** The person with the bench user's email: "my tasks" and roles held by the signed-in user. */
  mePersonId: string;
  /** Everyone else, in a fixed order. */
  peopleIds: string[];
}

// hashint8 can be negative; masking keeps the modulo arithmetic below non-negative.
const H = (expr: string, salt: number) => `(hashint8((${expr})::bigint * 1000003 + ${salt}) & 2147483647)`;

export async function fillProgram(ctx: SeedContext, projectId: string, shape: ProgramShape): Promise<void> {
  const { db } = ctx;
  await addRoles(db, projectId, shape.roles);
  await addMilestones(db, projectId, shape.extraMilestonesPerPhase);
  await staffRoles(ctx, projectId, shape.staffOffset);
  await addTasks(ctx, projectId, shape);
  await addDependencies(db, projectId);
  await addWaves(ctx, projectId, shape);
  await addRisksAndMeasurements(ctx, projectId, shape);
}

async function addRoles(db: DataSource, projectId: string, roles: number): Promise<void> {
  await db.query(
    `INSERT INTO roles (project_id, key, name, description, custom, position)
     SELECT $1, 'REGIONAL_LEAD_' || g, 'Regional lead ' || g, 'Leads the rollout in region ' || g || '.', true, base.n + g - 1
     FROM (SELECT count(*)::int AS n FROM roles WHERE project_id = $1) base, generate_series(1, $2::int - base.n) g`,
    [projectId, roles],
  );
}

async function addMilestones(db: DataSource, projectId: string, perPhase: number): Promise<void> {
  // Checkpoints spread evenly over each phase; those due before the bench's "today" (fixed, so
  // reruns see the same overdue set) are mostly done.
  await db.query(
    `INSERT INTO milestones (project_id, phase_id, name, due_date, status, completed_at)
     SELECT $1, p.id, p.name || ' checkpoint ' || g, d.due,
            CASE WHEN d.due < DATE '2026-11-15' AND g % 5 <> 0 THEN 'DONE' ELSE 'PLANNED' END,
            CASE WHEN d.due < DATE '2026-11-15' AND g % 5 <> 0 THEN d.due::timestamptz END
     FROM phases p, generate_series(1, $2::int) g,
          LATERAL (SELECT p.planned_start + ((p.planned_end - p.planned_start) * g / ($2::int + 1)) AS due) d
     WHERE p.project_id = $1`,
    [projectId, perPhase],
  );
}

async function staffRoles(ctx: SeedContext, projectId: string, offset: number): Promise<void> {
  // A primary and two backups per role. The bench user is primary on the first two roles and a
  // backup on the third; the last role has only backups, so unowned tasks exist.
  await ctx.db.query(
    `INSERT INTO role_assignments (project_id, role_id, person_id, allocation_percent, is_primary)
     SELECT $1, r.id,
            CASE WHEN (j = 0 AND r.k < 2) OR (j = 1 AND r.k = 2) THEN $2::uuid
                 ELSE ($3::uuid[])[1 + ($4::int + r.k * 3 + j) % cardinality($3::uuid[])] END,
            CASE WHEN j = 0 THEN 50 ELSE 25 END,
            j = 0 AND r.k < r.n - 1
     FROM (SELECT id, (row_number() OVER (ORDER BY position, key) - 1)::int AS k, count(*) OVER ()::int AS n FROM roles WHERE project_id = $1) r,
          generate_series(0, 2) j`,
    [projectId, ctx.mePersonId, ctx.peopleIds, offset],
  );
}

async function addTasks(ctx: SeedContext, projectId: string, shape: ProgramShape): Promise<void> {
  const [{ n: existing }] = await ctx.db.query('SELECT count(*)::int AS n FROM tasks WHERE project_id = $1', [projectId]);
  const count = shape.tasks - existing;
  if (count <= 0) return;
  // Tasks come in phase order (a program is planned phase by phase); earlier phases are mostly done.
  // One task in three sits under a milestone of its phase, one in seven has an assignee, one in
  // 997 is assigned to the bench user.
  await ctx.db.query(
    `WITH ph AS (
       SELECT p.id, (row_number() OVER (ORDER BY p.position) - 1)::int AS k, count(*) OVER ()::int AS n,
              p.planned_start AS s, greatest(p.planned_end - p.planned_start, 1) AS span,
              (SELECT array_agg(m.id ORDER BY m.due_date, m.id) FROM milestones m WHERE m.phase_id = p.id) AS mids
       FROM phases p WHERE p.project_id = $1
     ),
     rl AS (SELECT array_agg(id ORDER BY position, key) AS ids FROM roles WHERE project_id = $1),
     g AS (SELECT i, ${H('i', 11)} AS h, ${H('i', 23)} AS h2 FROM generate_series(0, $2::int - 1) i)
     INSERT INTO tasks (project_id, phase_id, milestone_id, role_id, assignee_id, title, description, status, priority, start_date, due_date, estimate_hours)
     SELECT $1, ph.id,
            CASE WHEN g.h % 3 = 0 AND ph.mids IS NOT NULL THEN ph.mids[1 + (g.h / 3) % cardinality(ph.mids)] END,
            rl.ids[1 + (g.h2 / 7) % cardinality(rl.ids)],
            CASE WHEN g.i % 997 = 0 THEN $3::uuid
                 WHEN g.h2 % 7 = 0 THEN ($4::uuid[])[1 + ($5::int + g.h / 11) % cardinality($4::uuid[])] END,
            'Task ' || (g.i + 1) || ': ' ||
              (ARRAY['Configure','Review','Migrate','Train','Document','Test','Approve','Clean up'])[1 + g.h % 8] || ' ' ||
              (ARRAY['accounts','leads','cases','reports','territories','price books','dashboards','workflows','quotes'])[1 + g.h2 % 9] ||
              ' for region ' || (1 + g.h % 40),
            CASE WHEN g.h % 10 = 0 THEN 'Agreed in the weekly steering meeting; see the requirement for the acceptance criteria.' ELSE '' END,
            CASE WHEN (g.h2 % 100) < (ARRAY[95, 80, 50, 15, 2])[1 + least(ph.k, 4)] THEN 'DONE'
                 ELSE (ARRAY['TODO','TODO','TODO','TODO','TODO','TODO','IN_PROGRESS','IN_PROGRESS','IN_PROGRESS','BLOCKED'])[1 + (g.h / 100) % 10] END,
            (ARRAY['LOW','LOW','LOW','MEDIUM','MEDIUM','MEDIUM','MEDIUM','HIGH','HIGH','CRITICAL'])[1 + (g.h2 / 1000) % 10],
            ph.s + ((g.h / 1000) % ph.span)::int - (g.h % 10)::int,
            ph.s + ((g.h / 1000) % ph.span)::int,
            1 + g.h2 % 40
     FROM g CROSS JOIN rl JOIN ph ON ph.k = (g.i::bigint * ph.n / $2::int)::int
     ORDER BY g.i`,
    [projectId, count, ctx.mePersonId, ctx.peopleIds, shape.staffOffset],
  );
}

async function addDependencies(db: DataSource, projectId: string): Promise<void> {
  // 60 % of tasks depend on one of the 50 tasks created just before them, and a sixth of those
  // also on one 51–550 places back: 0.7 edges per task, always towards an earlier task, so the
  // graph is acyclic.
  await db.query(
    `WITH ranked AS MATERIALIZED (SELECT id, row_number() OVER (ORDER BY seq) AS r FROM tasks WHERE project_id = $1),
     picks AS (
       SELECT r, r - 1 - ${H('r', 31)} % least(r - 1, 50) AS target FROM ranked WHERE r > 1 AND ${H('r', 37)} % 10 < 6
       UNION ALL
       SELECT r, r - 51 - ${H('r', 41)} % least(r - 51, 500) FROM ranked WHERE r > 51 AND ${H('r', 37)} % 10 = 5
     )
     INSERT INTO task_dependencies (task_id, depends_on_id, project_id)
     SELECT a.id, b.id, $1 FROM picks p JOIN ranked a ON a.r = p.r JOIN ranked b ON b.r = p.target
     ON CONFLICT DO NOTHING`,
    [projectId],
  );
}

async function addWaves(ctx: SeedContext, projectId: string, shape: ProgramShape): Promise<void> {
  const { db } = ctx;
  if (shape.waves === 0) return;
  // Each wave has its go-live milestone in the rollout phase, as createRolloutWave makes it. Wave 1
  // is closed, waves 2–3 are live (health looks into those), wave 4 is ready, the rest planned.
  await db.query(
    `WITH rollout AS (SELECT id, planned_start, planned_end FROM phases WHERE project_id = $1 AND kind = 'PHASED_ROLLOUT'),
     w AS (
       SELECT g, r.id AS phase_id, r.planned_start + ((r.planned_end - r.planned_start) * g / ($2::int + 1)) AS go_live
       FROM rollout r, generate_series(1, $2::int) g
     ),
     ms AS (
       INSERT INTO milestones (project_id, phase_id, name, due_date, status)
       SELECT $1, w.phase_id, 'Go-live: Wave ' || w.g, w.go_live, CASE WHEN w.g <= 3 THEN 'DONE' ELSE 'PLANNED' END FROM w
       RETURNING id, name
     )
     INSERT INTO rollout_waves (project_id, name, scope, go_live_date, status, milestone_id, went_live_at)
     SELECT $1, 'Wave ' || w.g, ARRAY['Sales', 'Service', 'Region ' || w.g],
            w.go_live,
            CASE WHEN w.g = 1 THEN 'CLOSED' WHEN w.g <= 3 THEN 'LIVE' WHEN w.g = 4 THEN 'READY' ELSE 'PLANNED' END,
            ms.id,
            CASE WHEN w.g <= 3 THEN w.go_live::timestamptz END
     FROM w JOIN ms ON ms.name = 'Go-live: Wave ' || w.g`,
    [projectId, shape.waves],
  );
  const waves = 'SELECT id, (row_number() OVER (ORDER BY go_live_date))::int AS k, go_live_date, status FROM rollout_waves WHERE project_id = $1';
  await db.query(
    `INSERT INTO wave_readiness_items (wave_id, label, done, position)
     SELECT w.id, l.label, w.k <= 3 OR l.n <= 2, l.n
     FROM (${waves}) w, unnest(ARRAY['Data migrated','Users trained','Support rota staffed','Go/no-go signed','Hypercare plan','Cut-over rehearsed']) WITH ORDINALITY l(label, n)`,
    [projectId],
  );
  await db.query(
    `INSERT INTO wave_key_users (wave_id, person_id)
     SELECT DISTINCT w.id, ($2::uuid[])[1 + ($3::int * 7 + w.k * 101 + g) % cardinality($2::uuid[])]
     FROM (${waves}) w, generate_series(1, 25) g`,
    [projectId, ctx.peopleIds, shape.staffOffset],
  );
  await db.query(
    `INSERT INTO training_sessions (project_id, wave_id, topic, starts_at, time_zone, duration_minutes, trainer_id, audience, location, status, retraining)
     SELECT $1, w.id, (ARRAY['Sales Cloud basics','Service console','Reports and dashboards','Data quality'])[1 + s % 4] || ' (' || w.k || '.' || s || ')',
            (w.go_live_date - 30 + s * 2)::timestamp + interval '9 hours', 'Europe/Berlin', 90,
            ($2::uuid[])[1 + ($3::int + w.k * 13 + s) % cardinality($2::uuid[])], 'Sales reps, region ' || w.k, 'Room ' || s,
            CASE WHEN w.go_live_date - 30 + s * 2 < DATE '2026-11-15' THEN 'HELD' ELSE 'SCHEDULED' END, s % 6 = 0
     FROM (${waves}) w, generate_series(1, $4::int) s`,
    [projectId, ctx.peopleIds, shape.staffOffset, shape.sessionsPerWave],
  );
  await db.query(
    `INSERT INTO attendance (session_id, person_id, status)
     SELECT DISTINCT ON (s.id, p) s.id, ($2::uuid[])[p],
            CASE WHEN s.status = 'HELD' THEN (ARRAY['ATTENDED','ATTENDED','ATTENDED','ATTENDED','ATTENDED','ATTENDED','ATTENDED','ABSENT','EXCUSED','INVITED'])[1 + ${H('s.k * 1000 + a', 53)} % 10]
                 ELSE 'INVITED' END
     FROM (SELECT id, status, (row_number() OVER (ORDER BY starts_at, id))::int AS k FROM training_sessions WHERE project_id = $1) s,
          generate_series(1, $4::int) a,
          LATERAL (SELECT 1 + ($3::int + s.k * 37 + a) % cardinality($2::uuid[]) AS p) pick`,
    [projectId, ctx.peopleIds, shape.staffOffset, shape.attendeesPerSession],
  );
  await db.query(
    `INSERT INTO usage_reviews (wave_id, person_id, active, note, reviewed_on, created_by)
     SELECT w.id, ($2::uuid[])[1 + ($3::int + w.k * 211 + g) % cardinality($2::uuid[])], ${H('w.k * 1000 + g', 59)} % 10 < 8, '', w.go_live_date + 14, $4::uuid
     FROM (${waves}) w, generate_series(1, 60) g WHERE w.status IN ('LIVE', 'CLOSED')`,
    [projectId, ctx.peopleIds, shape.staffOffset, ctx.userId],
  );
}

async function addRisksAndMeasurements(ctx: SeedContext, projectId: string, shape: ProgramShape): Promise<void> {
  await ctx.db.query(
    `INSERT INTO risks (project_id, title, description, likelihood, impact, mitigation, role_id, status, owner_id)
     SELECT $1, 'Risk ' || g || ': ' || (ARRAY['key users unavailable','data quality','integration delay','licence budget','scope creep'])[1 + g % 5],
            '', 1 + ${H('g', 61)} % 5, 1 + ${H('g', 67)} % 5, 'Reviewed weekly.',
            r.ids[1 + g % cardinality(r.ids)],
            (ARRAY['OPEN','OPEN','MONITORING','CLOSED'])[1 + g % 4],
            ($2::uuid[])[1 + ($3::int + g) % cardinality($2::uuid[])]
     FROM generate_series(1, $4::int) g, (SELECT array_agg(id ORDER BY position, key) AS ids FROM roles WHERE project_id = $1) r`,
    [projectId, ctx.peopleIds, shape.staffOffset, shape.extraRisks],
  );
  await ctx.db.query(
    `INSERT INTO kpi_measurements (kpi_id, measured_on, value, note, recorded_by)
     SELECT k.id, DATE '2026-01-31' + (m * 30), coalesce(k.baseline, 0) + (k.target - coalesce(k.baseline, 0)) * m / $2::int, '', $3::uuid
     FROM kpis k, generate_series(1, $2::int) m WHERE k.project_id = $1`,
    [projectId, shape.measurementsPerKpi, ctx.userId],
  );
}

/**
 * Tops the program's requirements up to `count` (the requirements CSV export reads them all).
 * Idempotent, so a database seeded before requirements were part of the bench gains them in place.
 */
export async function ensureRequirements(ctx: SeedContext, projectId: string, count: number): Promise<void> {
  await ctx.db.query(
    `INSERT INTO requirements (project_id, title, description, department, stakeholder_id, priority, status, gap_note)
     SELECT $1, 'Requirement ' || g || ': ' || (ARRAY['track','report','approve','import','notify','forecast'])[1 + g % 6] || ' ' ||
              (ARRAY['opportunities','cases','quotes','contracts','campaigns','accounts','leads'])[1 + (g / 6) % 7],
            'As a ' || (ARRAY['sales rep','service agent','marketer','controller','admin'])[1 + g % 5] || ', I need this so that the "' || g || '" process keeps working, with a comma, in its text.',
            (ARRAY['SALES','MARKETING','FINANCE','SERVICE','IT','MANAGEMENT','CUSTOMER'])[1 + ${H('g', 71)} % 7],
            ($2::uuid[])[1 + ($3::int + g) % cardinality($2::uuid[])],
            (ARRAY['MUST','MUST','SHOULD','SHOULD','SHOULD','COULD','WONT'])[1 + ${H('g', 73)} % 7],
            (ARRAY['CAPTURED','AGREED','AGREED','COVERED','COVERED','COVERED','REJECTED'])[1 + ${H('g', 79)} % 7],
            CASE WHEN g % 9 = 0 THEN 'Needs a custom object.' ELSE '' END
     FROM (SELECT count(*)::int AS n FROM requirements WHERE project_id = $1) have, generate_series(have.n + 1, $4::int) g`,
    [projectId, ctx.peopleIds, 0, count],
  );
}
