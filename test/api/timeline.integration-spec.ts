import { createStandardProject, shareProject, StandardProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const TIMELINE = `query($p: ID!, $from: String, $to: String, $phase: ID, $max: Int) {
  projectTimeline(projectId: $p, from: $from, to: $to, phaseId: $phase, maxTasks: $max) {
    projectId projectStart projectEnd
    phases { id name position status plannedStart plannedEnd }
    milestones { id phaseId name dueDate status overdue }
    tasks { id title status startDate dueDate overdue phaseId milestoneId }
    dependencies { taskId dependsOnId }
    taskCount truncated undatedTaskCount
  }
}`;

interface Timeline {
  projectId: string;
  phases: { id: string; position: number }[];
  milestones: { id: string; phaseId: string; dueDate: string; overdue: boolean }[];
  tasks: { id: string; title: string; status: string; startDate: string | null; dueDate: string; overdue: boolean; phaseId: string; milestoneId: string | null }[];
  dependencies: { taskId: string; dependsOnId: string }[];
  taskCount: number;
  truncated: boolean;
  undatedTaskCount: number;
}

/** The standard template's own tasks, all of them dated (project-template.service.ts). */
const TEMPLATE_TASKS = 36;

describe('projectTimeline', () => {
  let api: TestApp;
  let owner: SignedIn;
  let project: StandardProject;
  const ids: Record<string, string> = {};

  const createTask = async (projectId: string, phaseId: string, title: string, extra: Record<string, unknown> = {}) => {
    const data = await api.ok<{ createTask: { id: string } }>(
      'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }',
      { input: { projectId, phaseId, title, roleKey: 'BUSINESS_ANALYST', ...extra } },
      owner.token,
    );
    return data.createTask.id;
  };

  const timeline = async (variables: Record<string, unknown>, token = owner.token) =>
    (await api.ok<{ projectTimeline: Timeline }>(TIMELINE, { p: project.id, ...variables }, token)).projectTimeline;

  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Timeline Owner');
    project = await createStandardProject(api, owner.token);
    const build = project.phases[1].id;
    ids['design'] = await createTask(project.id, build, 'Design the data model', { startDate: '2030-01-05', dueDate: '2030-01-10' });
    ids['migrate'] = await createTask(project.id, build, 'Migrate the accounts', { dueDate: '2030-01-20', dependsOnIds: [ids['design']] });
    ids['late'] = await createTask(project.id, build, 'Late follow-up', { dueDate: '2020-01-01' });
    ids['finished'] = await createTask(project.id, build, 'Finished long ago', { dueDate: '2020-01-02', status: 'DONE' });
    ids['undated'] = await createTask(project.id, build, 'Some day');
  });
  afterAll(() => api.close());

  it('answers the tasks of a window with what the timeline draws, and the dependencies between them', async () => {
    const answer = await timeline({ from: '2030-01-01' });

    expect(answer.projectId).toBe(project.id);
    expect(answer.phases.map((p) => p.id)).toEqual(project.phases.map((p) => p.id));
    expect(answer.tasks).toEqual([
      {
        id: ids['design'],
        title: 'Design the data model',
        status: 'TODO',
        startDate: '2030-01-05',
        dueDate: '2030-01-10',
        overdue: false,
        phaseId: project.phases[1].id,
        milestoneId: null,
      },
      expect.objectContaining({ id: ids['migrate'], startDate: null, dueDate: '2030-01-20' }),
    ]);
    expect(answer.dependencies).toEqual([{ taskId: ids['migrate'], dependsOnId: ids['design'] }]);
    expect(answer).toMatchObject({ taskCount: 2, truncated: false, undatedTaskCount: 1 });
    // The template's milestones are all due before 2030.
    expect(answer.milestones).toEqual([]);
  });

  it('gives each task the version a drag sends back, its working days, its slack and whether it is on the critical path', async () => {
    const SCHEDULE = `query($p: ID!, $design: ID!) {
      projectTimeline(projectId: $p) { tasks { id version durationDays slackDays critical } }
      criticalPath(projectId: $p) { taskIds }
      task(id: $design) { slackDays durationDays }
    }`;
    type Row = { id: string; version: number; durationDays: number | null; slackDays: number | null; critical: boolean };
    const answer = await api.ok<{ projectTimeline: { tasks: Row[] }; criticalPath: { taskIds: string[] }; task: { slackDays: number; durationDays: number } }>(
      SCHEDULE,
      { p: project.id, design: ids['design'] },
      owner.token,
    );
    const byId = new Map(answer.projectTimeline.tasks.map((t) => [t.id, t]));
    // 5 January 2030 is a Saturday: Monday 7 to Thursday 10 are four working days. The migration,
    // due on the 20th with no start, drives the end of the program; the design could slip a while.
    expect(byId.get(ids['design'])).toEqual({ id: ids['design'], version: 1, durationDays: 4, slackDays: answer.task.slackDays, critical: false });
    expect(answer.task.slackDays).toBeGreaterThan(0);
    expect(byId.get(ids['migrate'])).toMatchObject({ durationDays: null, slackDays: 0, critical: true });
    expect(byId.get(ids['late'])?.critical).toBe(false);
    expect(byId.get(ids['late'])?.slackDays).toBeGreaterThan(100);
    const critical = answer.projectTimeline.tasks.filter((t) => t.critical).map((t) => t.id);
    expect(new Set(critical)).toEqual(new Set(answer.criticalPath.taskIds.filter((id) => byId.has(id))));
  });

  it('marks open tasks past their due day as overdue, and done ones not', async () => {
    const answer = await timeline({ to: '2020-12-31' });
    const byId = new Map(answer.tasks.map((t) => [t.id, t]));
    expect(byId.get(ids['late'])?.overdue).toBe(true);
    expect(byId.get(ids['finished'])?.overdue).toBe(false);
    expect(answer.tasks.map((t) => t.id)).toEqual([ids['late'], ids['finished']]);
  });

  it('sends every phase and milestone of the whole plan, under their phases, and leaves undated tasks to the count', async () => {
    const answer = await timeline({});
    expect(answer.taskCount).toBe(TEMPLATE_TASKS + 4);
    expect(answer.tasks).toHaveLength(TEMPLATE_TASKS + 4);
    expect(answer.tasks.map((t) => t.id)).not.toContain(ids['undated']);
    const templateMilestones = project.phases.flatMap((phase) => phase.milestones.map((m) => m.id));
    expect(answer.milestones.map((m) => m.id).sort()).toEqual([...templateMilestones].sort());
    const phaseOf = new Map(project.phases.flatMap((phase) => phase.milestones.map((m) => [m.id, phase.id] as const)));
    expect(answer.milestones.every((m) => phaseOf.get(m.id) === m.phaseId)).toBe(true);
  });

  it('caps the tasks, earliest first, and says how many the window holds', async () => {
    const answer = await timeline({ max: 3 });
    expect(answer.tasks.map((t) => t.id).slice(0, 2)).toEqual([ids['late'], ids['finished']]);
    expect(answer.tasks).toHaveLength(3);
    expect(answer).toMatchObject({ taskCount: TEMPLATE_TASKS + 4, truncated: true });
    // Only edges whose two tasks were sent.
    const sent = new Set(answer.tasks.map((t) => t.id));
    expect(answer.dependencies.every((d) => sent.has(d.taskId) && sent.has(d.dependsOnId))).toBe(true);
  });

  it('narrows to one phase while still listing every phase for the picker', async () => {
    const build = await timeline({ phase: project.phases[1].id, from: '2030-01-01' });
    expect(build.tasks.map((t) => t.id)).toEqual([ids['design'], ids['migrate']]);
    expect(build.phases).toHaveLength(project.phases.length);

    const first = await timeline({ phase: project.phases[0].id });
    expect(first.tasks.every((t) => t.phaseId === project.phases[0].id)).toBe(true);
    expect(first.milestones.every((m) => m.phaseId === project.phases[0].id)).toBe(true);
    expect(first.undatedTaskCount).toBe(0);
  });

  it('runs the same number of SQL statements for a small program and for one with many more tasks and dependencies', async () => {
    const statements = async (projectId: string) => {
      const response = await api.gql(TIMELINE, { p: projectId }, owner.token);
      expect(response.errors).toBeUndefined();
      return Number(response.headers.get('x-sql-statements'));
    };
    const small = await createStandardProject(api, owner.token);
    const large = await createStandardProject(api, owner.token);
    let previous: string | undefined;
    for (let i = 0; i < 30; i += 1) {
      previous = await createTask(large.id, large.phases[i % large.phases.length].id, `Extra ${i}`, {
        dueDate: `2029-03-${String(i + 1).padStart(2, '0')}`,
        ...(previous ? { dependsOnIds: [previous] } : {}),
      });
    }
    const before = await statements(small.id);
    expect(before).toBeGreaterThan(0);
    expect(await statements(large.id)).toBe(before);
  });

  it('lets a viewer read it, and answers NOT_FOUND to a stranger and for a phase of another program', async () => {
    const viewer = await api.signUp('Timeline Viewer', { organisationOf: owner });
    await shareProject(api, owner.token, project.id, viewer, 'VIEWER');
    expect((await timeline({ from: '2030-01-01' }, viewer.token)).taskCount).toBe(2);

    const stranger = await api.signUp('Timeline Stranger');
    const refused = await api.gql(TIMELINE, { p: project.id }, stranger.token);
    expect(refused.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    const other = await createStandardProject(api, owner.token);
    const foreignPhase = await api.gql(TIMELINE, { p: project.id, phase: other.phases[0].id }, owner.token);
    expect(foreignPhase.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it.each([
    ['a day that does not exist', { from: '2027-02-30' }, 'from'],
    ['a year out of range', { to: '0000-01-01' }, 'to'],
    ['a window that ends before it starts', { from: '2030-02-01', to: '2030-01-01' }, 'to'],
    ['no tasks at all', { max: 0 }, 'maxTasks'],
    ['more tasks than the cap', { max: 5001 }, 'maxTasks'],
    ['a phase id that is not one', { phase: 'not-a-phase' }, 'phaseId'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, variables, field) => {
    const response = await api.gql(TIMELINE, { p: project.id, ...variables }, owner.token);
    expect(response.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const fields = (response.errors?.[0]?.extensions['fields'] ?? []) as { field: string }[];
    expect(fields.map((f) => f.field)).toContain(field);
  });
});
