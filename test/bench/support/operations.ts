import { GraphQLClient } from '../../support/graphql-client';
import { ProgramFixture } from './bench-fixtures';
import { timedRequest, Timed } from './measure';
import { hasWebOperation, webOperation } from './web-documents';

/**
 * Every operation of issue 17, as the web app sends it where it has one (its .graphql files), so a
 * field the page selects, and the loader behind it, is measured too.
 */
export interface BenchOperation {
  name: string;
  /** One timed request; untimed setup (creating the task a delete removes) happens inside, before the clock. */
  run(client: GraphQLClient, fx: ProgramFixture): Promise<Timed & { rows?: number }>;
}

const web = (name: string, fallback: string) => (hasWebOperation(name) ? webOperation(name) : fallback);

const BOARD = () =>
  web(
    'BoardTasks',
    `query($projectId: ID!, $filter: TaskFilterInput, $first: Int!, $after: String) { tasks(projectId: $projectId, filter: $filter, first: $first, after: $after) {
      edges { node { id title status priority dueDate version role { key name } owner { id name } ownerSource phase { id name } milestone { id name } dependsOnIds } }
      pageInfo { hasNextPage endCursor } totalCount } }`,
  );

export const PROJECT_TIMELINE = `query($projectId: ID!, $phaseId: ID, $from: String, $to: String) { projectTimeline(projectId: $projectId, phaseId: $phaseId, from: $from, to: $to) {
  projectId projectStart projectEnd taskCount undatedTaskCount truncated
  phases { id name position status plannedStart plannedEnd }
  milestones { id name dueDate status overdue phaseId }
  tasks { id title status startDate dueDate overdue phaseId milestoneId }
  dependencies { taskId dependsOnId }
} }`;

export const TYPENAME = '{ __typename }';

/** The forecast as the overview's card asks for it, and the critical path as the API names it. */
export const GO_LIVE_FORECAST = () =>
  web('OverviewGoLiveForecast', 'query($projectId: ID!) { goLiveForecast(projectId: $projectId) { status forecastDate earliest latest targetGoLiveDate slipDays drivers { id title } } }');
export const CRITICAL_PATH = 'query($projectId: ID!) { criticalPath(projectId: $projectId) { taskIds totalDays startDate finishDate } }';

const TASK_VERSION = 'query($id: ID!) { task(id: $id) { id version } }';
const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }';

async function gql(client: GraphQLClient, query: string, variables: Record<string, unknown>, rows: (data: any) => number | undefined): Promise<Timed & { rows?: number }> {
  const r = await timedRequest(client, query, variables);
  return { ...r, rows: r.error || !r.data ? undefined : rows(r.data) };
}

const taskEdges = (d: any) => d.tasks.edges.length;

/** The board's first page as the web asks for it, count included (an undeclared variable is ignored by older versions). */
export const FIRST_BOARD_PAGE = { first: 50, withTotal: true };

export function operations(): BenchOperation[] {
  const versions = new Map<string, number>();
  let flip = false;
  let created = 0;
  return [
    {
      name: 'board: first 50 + totalCount',
      run: (c, fx) => gql(c, BOARD(), { ...FIRST_BOARD_PAGE, projectId: fx.projectId }, taskEdges),
    },
    {
      name: 'board: owner filter (mine)',
      run: (c, fx) => gql(c, BOARD(), { ...FIRST_BOARD_PAGE, projectId: fx.projectId, filter: { ownerId: fx.mePersonId } }, taskEdges),
    },
    {
      name: 'board: last page',
      // Later pages leave the count out, as the web asks for it with the first page only.
      run: (c, fx) => gql(c, BOARD(), { projectId: fx.projectId, first: 50, withTotal: false, after: fx.lastPageAfter }, taskEdges),
    },
    {
      name: 'board context (phases, roles)',
      run: (c, fx) => gql(c, webOperation('BoardContext'), { projectId: fx.projectId }, (d) => d.project.milestones.length),
    },
    {
      name: 'overview',
      run: (c, fx) => gql(c, webOperation('ProjectOverview'), { id: fx.projectId }, (d) => d.project.phases.length),
    },
    {
      name: 'health',
      run: (c, fx) => gql(c, webOperation('HealthPage'), { projectId: fx.projectId }, (d) => d.projectHealth.reasons.length),
    },
    {
      name: 'myTasks (first 50, all programs)',
      run: (c) => gql(c, webOperation('OverviewMyTasks'), { first: 50 }, (d) => d.myTasks.length),
    },
    {
      name: 'timeline: whole program',
      run: (c, fx) => gql(c, web('ProjectTimeline', PROJECT_TIMELINE), { projectId: fx.projectId }, (d) => d.projectTimeline.tasks.length),
    },
    {
      name: 'timeline: one phase',
      run: (c, fx) => gql(c, web('ProjectTimeline', PROJECT_TIMELINE), { projectId: fx.projectId, phaseId: fx.phaseId }, (d) => d.projectTimeline.tasks.length),
    },
    {
      name: 'timeline: 4-week window',
      run: (c, fx) => gql(c, PROJECT_TIMELINE, { projectId: fx.projectId, from: '2026-11-02', to: '2026-11-29' }, (d) => d.projectTimeline.tasks.length),
    },
    {
      name: 'goLiveForecast (overview card)',
      run: (c, fx) => gql(c, GO_LIVE_FORECAST(), { projectId: fx.projectId }, (d) => d.goLiveForecast.drivers.length),
    },
    {
      name: 'criticalPath',
      run: (c, fx) => gql(c, CRITICAL_PATH, { projectId: fx.projectId }, (d) => d.criticalPath.taskIds.length),
    },
    {
      name: 'updateTask with dependsOnIds',
      run: async (c, fx) => {
        if (!versions.has(fx.updateTaskId)) {
          const read = await timedRequest(c, TASK_VERSION, { id: fx.updateTaskId });
          if (read.error) return { ...read, rows: undefined };
          versions.set(fx.updateTaskId, read.data.task.version);
        }
        flip = !flip;
        const input = { id: fx.updateTaskId, version: versions.get(fx.updateTaskId), dependsOnIds: flip ? fx.dependsOnA : fx.dependsOnB };
        const r = await gql(c, web('TaskUpdate', 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id version dependsOnIds } }'), { input }, (d) => d.updateTask.dependsOnIds.length);
        if (!r.error) versions.set(fx.updateTaskId, r.data.updateTask.version);
        return r;
      },
    },
    {
      name: 'deleteTask (FK checks)',
      run: async (c, fx) => {
        created += 1;
        const input = { projectId: fx.projectId, phaseId: fx.phaseId, roleKey: fx.roleKey, title: `Bench throwaway ${created}`, dependsOnIds: fx.dependsOnB };
        const made = await timedRequest(c, CREATE_TASK, { input });
        if (made.error) return { ...made, rows: undefined };
        const { id, version } = made.data.createTask;
        return gql(c, web('TaskDelete', 'mutation($input: DeleteTaskInput!) { deleteTask(input: $input) { id } }'), { input: { id, version } }, () => 1);
      },
    },
    {
      name: 'requirements CSV',
      run: (c, fx) => gql(c, 'query($id: ID!) { exportRequirementsCsv(projectId: $id) }', { id: fx.projectId }, (d) => d.exportRequirementsCsv.split('\n').length - 1),
    },
    {
      name: 'attendance CSV (largest wave)',
      run: (c, fx) => gql(c, 'query($id: ID!) { exportAttendanceCsv(waveId: $id) }', { id: fx.waveId }, (d) => d.exportAttendanceCsv.split('\n').length - 1),
    },
    {
      name: '{ __typename }',
      run: (c) => gql(c, TYPENAME, {}, () => 1),
    },
  ];
}
