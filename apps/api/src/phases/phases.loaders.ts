import { byKey, groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { ExitCriterionModel, MilestoneModel, MilestoneRow, PhaseModel, PhaseRow, toMilestone, toPhase } from './models/phase.model';

export function phasesByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, PhaseModel[]>('phasesByProjectId', async (db, ids) => {
    const rows: PhaseRow[] = await db.query('SELECT * FROM phases WHERE project_id = ANY($1) ORDER BY position', [ids]);
    return groupedByKey(ids, rows.map(toPhase), (p) => p.projectId);
  });
}

export function phaseById(loaders: RequestLoaders) {
  return loaders.get<string, PhaseModel | null>('phaseById', async (db, ids) => {
    const rows: PhaseRow[] = await db.query('SELECT * FROM phases WHERE id = ANY($1)', [ids]);
    return byKey(ids, rows.map(toPhase), (p) => p.id);
  });
}

export function milestonesByPhaseId(loaders: RequestLoaders) {
  return loaders.get<string, MilestoneModel[]>('milestonesByPhaseId', async (db, ids) => {
    const rows: MilestoneRow[] = await db.query('SELECT * FROM milestones WHERE phase_id = ANY($1) ORDER BY due_date, name', [ids]);
    return groupedByKey(ids, rows.map(toMilestone), (m) => m.phaseId);
  });
}

export function milestonesByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, MilestoneModel[]>('milestonesByProjectId', async (db, ids) => {
    const rows: MilestoneRow[] = await db.query('SELECT * FROM milestones WHERE project_id = ANY($1) ORDER BY due_date, name', [ids]);
    return groupedByKey(ids, rows.map(toMilestone), (m) => m.projectId);
  });
}

export function milestoneById(loaders: RequestLoaders) {
  return loaders.get<string, MilestoneModel | null>('milestoneById', async (db, ids) => {
    const rows: MilestoneRow[] = await db.query('SELECT * FROM milestones WHERE id = ANY($1)', [ids]);
    return byKey(ids, rows.map(toMilestone), (m) => m.id);
  });
}

export function exitCriteriaByPhaseId(loaders: RequestLoaders) {
  return loaders.get<string, ExitCriterionModel[]>('exitCriteriaByPhaseId', async (db, ids) => {
    const rows: { id: string; phase_id: string; label: string; done: boolean }[] = await db.query(
      'SELECT * FROM exit_criteria WHERE phase_id = ANY($1) ORDER BY position',
      [ids],
    );
    return groupedByKey(
      ids,
      rows.map((r) => ({ id: r.id, phaseId: r.phase_id, label: r.label, done: r.done })),
      (c) => c.phaseId,
    );
  });
}

export function taskCountsByPhaseId(loaders: RequestLoaders) {
  return loaders.get<string, { done: number; total: number }>('taskCountsByPhaseId', async (db, ids) => {
    const rows: { phase_id: string; done: number; total: number }[] = await db.query(
      `SELECT phase_id, count(*) FILTER (WHERE status = 'DONE')::int AS done, count(*)::int AS total
       FROM tasks WHERE phase_id = ANY($1) GROUP BY phase_id`,
      [ids],
    );
    return byKey(ids, rows, (r) => r.phase_id).map((r) => ({ done: r?.done ?? 0, total: r?.total ?? 0 }));
  });
}
