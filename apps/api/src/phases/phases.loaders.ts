import { GATE_TASKS_NAMED, MAX_PAGE_SIZE } from '@crm/domain';

import { byKey, groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { TaskModel, toTask } from '../tasks/models/task.model';
import { TaskFiguresRepository } from '../tasks/task-figures.repository';
import { TasksRepository } from '../tasks/tasks.repository';
import { ExitCriteriaRepository } from './exit-criteria.repository';
import { judgeExitCriteria, JudgedCriterion } from './exit-criterion-verdicts';
import { MilestonesRepository } from './milestones.repository';
import { ExitCriterionModel, ExitCriterionRow, MilestoneModel, PhaseModel, toExitCriterion, toMilestone, toPhase } from './models/phase.model';
import { PhasesRepository } from './phases.repository';

export function phasesByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, PhaseModel[]>('phasesByProjectId', async (db, ids) => {
    const rows = await new PhasesRepository(db).byProjects(ids);
    return groupedByKey(ids, rows.map(toPhase), (p) => p.projectId);
  });
}

export function phaseById(loaders: RequestLoaders) {
  return loaders.get<string, PhaseModel | null>('phaseById', async (db, ids) => {
    const rows = await new PhasesRepository(db).byIds(ids);
    return byKey(ids, rows.map(toPhase), (p) => p.id);
  });
}

export function milestonesByPhaseId(loaders: RequestLoaders) {
  return loaders.get<string, MilestoneModel[]>('milestonesByPhaseId', async (db, ids) => {
    const rows = await new MilestonesRepository(db).byPhases(ids);
    return groupedByKey(ids, rows.map(toMilestone), (m) => m.phaseId);
  });
}

export function milestonesByProjectId(loaders: RequestLoaders) {
  return loaders.get<string, MilestoneModel[]>('milestonesByProjectId', async (db, ids) => {
    const rows = await new MilestonesRepository(db).byProjects(ids);
    return groupedByKey(ids, rows.map(toMilestone), (m) => m.projectId);
  });
}

export function milestoneById(loaders: RequestLoaders) {
  return loaders.get<string, MilestoneModel | null>('milestoneById', async (db, ids) => {
    const rows = await new MilestonesRepository(db).byIds(ids);
    return byKey(ids, rows.map(toMilestone), (m) => m.id);
  });
}

export function exitCriteriaByPhaseId(loaders: RequestLoaders) {
  return loaders.get<string, ExitCriterionModel[]>('exitCriteriaByPhaseId', async (db, ids) => {
    const rows = await new ExitCriteriaRepository(db).byPhases(ids);
    return groupedByKey(ids, rows.map(toExitCriterion), (c) => c.phaseId);
  });
}

/** Each phase's criteria judged: box, rule and sign-off, one batch for every phase a request shows. */
export function judgedCriteriaByPhaseId(loaders: RequestLoaders) {
  return loaders.get<string, { rows: ExitCriterionRow[]; judged: Map<string, JudgedCriterion> }>('judgedCriteriaByPhaseId', async (db, ids) => {
    const rows = await new ExitCriteriaRepository(db).byPhases(ids);
    const judged = await judgeExitCriteria(db, rows);
    return groupedByKey(ids, rows, (c) => c.phase_id).map((own) => ({ rows: own, judged }));
  });
}

export function taskCountsByPhaseId(loaders: RequestLoaders) {
  return loaders.get<string, { done: number; total: number }>('taskCountsByPhaseId', async (db, ids) => {
    const rows = await new TaskFiguresRepository(db).countsByPhase(ids);
    return byKey(ids, rows, (r) => r.phase_id).map((r) => ({ done: r?.done ?? 0, total: r?.total ?? 0 }));
  });
}

/** Each phase's first open task titles, board order: the ones its gate names. */
export function openTaskTitlesByPhaseId(loaders: RequestLoaders) {
  return loaders.get<string, string[]>('openTaskTitlesByPhaseId', async (db, ids) => {
    const rows = await new TaskFiguresRepository(db).openTitlesOfPhases(ids, GATE_TASKS_NAMED);
    return groupedByKey(ids, rows, (t) => t.phase_id).map((group) => group.map((t) => t.title));
  });
}

/** Each phase's first open tasks (one page), board order. */
export function openTasksByPhaseId(loaders: RequestLoaders) {
  return loaders.get<string, TaskModel[]>('openTasksByPhaseId', async (db, ids) => {
    const rows = await new TasksRepository(db).openOfPhases(ids, MAX_PAGE_SIZE);
    return groupedByKey(ids, rows.map(toTask), (t) => t.phaseId);
  });
}
