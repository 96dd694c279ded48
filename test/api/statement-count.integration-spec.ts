import { DataSource } from 'typeorm';

import { NotificationsService } from '../../apps/api/src/notifications/notifications.service';
import { assignRole, createPerson, createStandardProject, createWave, shareProject } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const PAGE = `query($p: ID!, $first: Int!) { tasks(projectId: $p, first: $first) {
  totalCount edges { node { id role { key name } owner { id name } assignee { id } phase { id name } milestone { id name } dependsOnIds overdue project { id name } } }
} }`;

const OVERVIEW = `query($id: ID!) { project(id: $id) {
  name myPermission unownedTaskCount nextMilestone { id } upcomingMilestones(first: 5) { id }
  phases { id status progress { doneTasks totalTasks ratio } gateBlockers exitCriteria { id done } milestones { id daysLate } }
  overdueMilestones { id } taskDependencies { taskId }
} }`;

const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }';

/** Tasks of every kind the figures tell apart: owned by assignee, by role, nobody's (critical or not), done. */
async function addTasks(api: TestApp, token: string, projectId: string, phaseIds: string[], assigneeId: string, count: number): Promise<void> {
  const kinds = [{ roleKey: 'BUSINESS_ANALYST' }, { roleKey: 'PROJECT_MANAGER', assigneeId }, { roleKey: 'TRAINER', priority: 'CRITICAL' }, { roleKey: 'CRM_ADMIN', status: 'DONE' }];
  for (let i = 0; i < count; i += 1) {
    await api.ok(CREATE_TASK, { input: { projectId, phaseId: phaseIds[i % phaseIds.length], title: `Counted task ${i}`, ...kinds[i % kinds.length] } }, token);
  }
}

const HEALTH = `query($p: ID!) { projectHealth(projectId: $p) {
  status reasons overdueMilestones percentDone unownedOpenTasks unfilledRoles overAllocatedPeople
  reasonDetails { code goLiveSlip { verdict slipDays drivers { id title } moreDrivers } }
  training { waveName cadence sessionsInWindow gaps retrainingCount } kpis { name status } topRisks { title score }
} }`;

describe('SQL statements per request', () => {
  let api: TestApp;
  let token: string;
  beforeAll(async () => {
    api = await startTestApp();
    ({ token } = await api.signUp('Counter'));
  });
  afterAll(() => api.close());

  const statements = async (query: string, variables: Record<string, unknown>, as = token) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${as}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    return Number(response.headers.get('x-sql-statements'));
  };

  it('stay the same for a page of 15 tasks with their relations and a page of 36', async () => {
    const project = await createStandardProject(api, token);
    const person = await createPerson(api, token, 'Owner Person');
    for (const roleKey of ['BUSINESS_ANALYST', 'TRAINER', 'CRM_ADMIN']) await assignRole(api, token, { projectId: project.id, roleKey, personId: person.id, allocationPercent: 10 });
    const small = await statements(PAGE, { p: project.id, first: 15 });
    const large = await statements(PAGE, { p: project.id, first: 36 });
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it('stay the same for the overview of a project after it gains more milestones and tasks', async () => {
    const project = await createStandardProject(api, token);
    const person = await createPerson(api, token, 'Overview Assignee');
    await assignRole(api, token, { projectId: project.id, roleKey: 'BUSINESS_ANALYST', personId: person.id, allocationPercent: 10 });
    const before = await statements(OVERVIEW, { id: project.id });
    for (const phase of project.phases) {
      for (let i = 0; i < 3; i += 1) {
        await api.ok(
          'mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }',
          { input: { phaseId: phase.id, name: `Extra ${i}`, dueDate: '2020-02-0' + (i + 1) } },
          token,
        );
      }
    }
    expect(await statements(OVERVIEW, { id: project.id })).toBe(before);
    await addTasks(api, token, project.id, project.phases.map((p: { id: string }) => p.id), person.id, 12);
    const after = await api.ok('query($id: ID!) { project(id: $id) { unownedTaskCount phases { progress { totalTasks } } } }', { id: project.id }, token);
    expect(after['project'].unownedTaskCount).toBeGreaterThan(0);
    expect(await statements(OVERVIEW, { id: project.id })).toBe(before);
  });

  it('stay the same for program health with 0, 1, 2 and 4 live waves, and with more KPIs, risks and milestones', async () => {
    const project = await createStandardProject(api, token);
    const trainer = await createPerson(api, token, 'Counting Trainer');
    await assignRole(api, token, { projectId: project.id, roleKey: 'TRAINER', personId: trainer.id, allocationPercent: 10 });
    const learners = [await createPerson(api, token, 'Counted Learner'), await createPerson(api, token, 'Counted Absentee')];
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    let waves = 0;
    const addLiveWave = async () => {
      waves += 1;
      const created = await api.ok(
        'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }',
        { input: { projectId: project.id, name: `Counted wave ${waves}`, scope: ['Sales'], goLiveDate: daysAgo(20), readinessItems: [] } },
        token,
      );
      const waveId = created['createRolloutWave'].id;
      await api.ok('mutation($input: GoLiveInput!) { goLive(input: $input) { id } }', { input: { waveId } }, token);
      // An open support item past its targets in every live wave: health counts it without a statement per wave.
      await api.ok('mutation($input: CreateSupportItemInput!) { createSupportItem(input: $input) { id } }', { input: { waveId, title: 'Cannot log a call', severity: 2, category: 'DEFECT' } }, token);
      await api.query("UPDATE support_items SET created_at = now() - interval '10 days' WHERE wave_id = $1", [waveId]);
      const scheduled = await api.ok(
        'mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id } }',
        { input: { waveId, topic: 'First steps', startsAt: `${daysAgo(10)}T09:00:00Z`, durationMinutes: 60, trainerId: trainer.id, inviteeIds: learners.map((l) => l.id) } },
        token,
      );
      await api.ok(
        'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }',
        { input: { sessionId: scheduled['scheduleTrainingSession'].id, entries: [{ personId: learners[0].id, status: 'ATTENDED' }, { personId: learners[1].id, status: 'ABSENT' }] } },
        token,
      );
    };
    const health = () => statements(HEALTH, { p: project.id });

    const counts = [await health()];
    for (const target of [1, 2, 4]) {
      while (waves < target) await addLiveWave();
      counts.push(await health());
    }
    expect(counts.every((n) => n === counts[0])).toBe(true);
    const training = await api.ok('query($p: ID!) { projectHealth(projectId: $p) { training { retrainingCount } } }', { p: project.id }, token);
    expect(training['projectHealth'].training).toEqual(Array.from({ length: 4 }, () => ({ retrainingCount: 1 })));
    expect((await api.ok('query($p: ID!) { projectHealth(projectId: $p) { openSupportBreaches } }', { p: project.id }, token))['projectHealth'].openSupportBreaches).toBe(4);

    for (let i = 0; i < 3; i += 1) {
      const kpi = await api.ok(
        'mutation($input: CreateKpiInput!) { createKpi(input: $input) { id } }',
        { input: { projectId: project.id, name: `Counted KPI ${i}`, unit: '%', direction: 'UP', baseline: 10, target: 50 } },
        token,
      );
      await api.ok('mutation($input: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $input) { id } }', { input: { kpiId: kpi['createKpi'].id, measuredOn: daysAgo(3), value: 20 + i } }, token);
      await api.ok('mutation($input: CreateRiskInput!) { createRisk(input: $input) { id } }', { input: { projectId: project.id, title: `Counted risk ${i}`, likelihood: 2 + i, impact: 3 } }, token);
      await api.ok(
        'mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }',
        { input: { phaseId: project.phases[0].id, name: `Counted milestone ${i}`, dueDate: daysAgo(5 + i) } },
        token,
      );
    }
    expect(await health()).toBe(counts[0]);

    await addTasks(api, token, project.id, project.phases.map((p: { id: string }) => p.id), trainer.id, 12);
    const figures = await api.ok('query($p: ID!) { projectHealth(projectId: $p) { unownedOpenTasks unfilledRoles } }', { p: project.id }, token);
    expect(figures['projectHealth'].unownedOpenTasks).toBeGreaterThan(0);
    expect(await health()).toBe(counts[0]);

    // A long critical chain of estimated work at a slow pace: the go-live warning names its first
    // tasks, from the same statements.
    await api.ok(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, title: 'Counted finished work', roleKey: 'CRM_ADMIN', estimateHours: 4, status: 'DONE' } }, token);
    let previous: string | undefined;
    for (let i = 0; i < 8; i += 1) {
      const made = await api.ok(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, title: `Counted chain ${i}`, roleKey: 'CRM_ADMIN', durationDays: 30, estimateHours: 80, dependsOnIds: previous ? [previous] : undefined } }, token);
      previous = made['createTask'].id;
    }
    const slipping = await api.ok(HEALTH, { p: project.id }, token);
    const slip = slipping['projectHealth'].reasonDetails.find((r: { code: string | null }) => r.code === 'GO_LIVE_FORECAST_SLIP');
    expect(slip.goLiveSlip).toMatchObject({ verdict: 'SLIPPING', moreDrivers: 5 });
    expect(await health()).toBe(counts[0]);
  });

  it('compute the program schedule once when health, the go-live forecast and the critical path come in one request', async () => {
    const project = await createStandardProject(api, token);
    await addTasks(api, token, project.id, project.phases.map((p: { id: string }) => p.id), (await createPerson(api, token, 'Counted Planner')).id, 8);
    const FORECAST = 'goLiveForecast(projectId: $p) { status forecastDate drivers { id } }';
    const CRITICAL = 'criticalPath(projectId: $p) { taskIds totalDays }';
    const alone = await statements(HEALTH, { p: project.id });
    // The critical path alone is its access check and the schedule's four statements.
    const access = (await statements(`query($p: ID!) { ${CRITICAL} }`, { p: project.id })) - 4;
    const healthCritical = await statements(`query($p: ID!) { projectHealth(projectId: $p) { status reasons } ${CRITICAL} }`, { p: project.id });
    const together = await statements(`query($p: ID!) { projectHealth(projectId: $p) { status reasons } ${FORECAST} ${CRITICAL} }`, { p: project.id });
    // Beside health, each adds its access check only; the forecast also reads the rows of its driving tasks.
    expect(access).toBeGreaterThan(0);
    expect(healthCritical).toBe(alone + access);
    expect(together).toBe(alone + 2 * access + 1);
  });

  it('stay the same for My work with one item of each kind in one program and several of each in three', async () => {
    const me = await api.signUp('Counted Worker');
    const person = await api.ok('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { name: 'Counted Worker', email: me.user.email } }, me.token);
    const personId: string = person['createPerson'].id;
    const addProgram = async (items: number) => {
      const project = await createStandardProject(api, me.token);
      await assignRole(api, me.token, { projectId: project.id, roleKey: 'TRAINER', personId, allocationPercent: 10 });
      const wave = await api.ok(
        'mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }',
        { input: { projectId: project.id, name: 'Counted wave', scope: ['Sales'], goLiveDate: '2099-01-04' } },
        me.token,
      );
      for (let i = 0; i < items; i += 1) {
        await api.ok(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, title: `Counted mine ${i}`, roleKey: 'CRM_ADMIN', assigneeId: personId, dueDate: '2027-03-0' + (i + 1) } }, me.token);
        await api.ok('mutation($input: CreateRiskInput!) { createRisk(input: $input) { id } }', { input: { projectId: project.id, title: `Counted owned risk ${i}`, likelihood: 2, impact: 3, ownerId: personId } }, me.token);
        await api.ok(
          'mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id } }',
          { input: { waveId: wave['createRolloutWave'].id, topic: `Counted session ${i}`, startsAt: `2099-02-0${i + 1}T09:00:00Z`, durationMinutes: 60, trainerId: personId } },
          me.token,
        );
      }
    };
    const MY_WORK = '{ myWork { truncatedKinds items { kind id title projectId projectName dueDate status reason phaseId waveId startsAt } } }';
    const kinds = async () => new Set((await api.ok(MY_WORK, {}, me.token))['myWork'].items.map((i: { kind: string }) => i.kind));

    await addProgram(1);
    expect(await kinds()).toEqual(new Set(['TASK', 'RISK', 'TRAINING_SESSION', 'MILESTONE']));
    const small = await statements(MY_WORK, {}, me.token);
    await addProgram(3);
    await addProgram(3);
    const large = await statements(MY_WORK, {}, me.token);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it('stay the same for the team page’s role × wave matrix with 2 waves and with 6, each staffed and with open work', async () => {
    const TEAM = `query($p: ID!) {
      team(projectId: $p) {
        roles { id key name holders { id primary allocationPercent person { id name } } waveHolders { id primary waveId wave { id name } person { id name } } }
        unfilledRoles { key } overAllocated { person { id } totalPercent } openWaveWork { roleId waveId openTaskCount }
      }
      rolloutWaves(projectId: $p) { id name }
    }`;
    const project = await createStandardProject(api, token);
    const addWaves = async (from: number, to: number) => {
      for (let i = from; i < to; i += 1) {
        const wave = await createWave(api, token, project.id, `Counted wave ${i}`);
        for (const roleKey of ['TRAINER', 'KEY_USER', 'BUSINESS_ANALYST']) {
          const person = await createPerson(api, token, `Wave ${i} ${roleKey}`);
          await assignRole(api, token, { projectId: project.id, roleKey, personId: person.id, allocationPercent: 10, waveId: wave.id });
        }
        await api.ok(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, title: `Wave ${i} task`, roleKey: 'TRAINER', waveId: wave.id } }, token);
      }
    };
    await addWaves(0, 2);
    const two = await statements(TEAM, { p: project.id });
    await addWaves(2, 6);
    const team = await api.ok(TEAM, { p: project.id }, token);
    expect(team['rolloutWaves']).toHaveLength(6);
    expect(await statements(TEAM, { p: project.id })).toBe(two);
  });

  it('stay the same for the project list with each program’s health, progress and next milestone, for one program and for four', async () => {
    const lister = await api.signUp('Counted Lister');
    const LIST = '{ projects { id name nextMilestone { id name dueDate } health { status percentDone } } }';
    await createStandardProject(api, lister.token);
    const one = await statements(LIST, {}, lister.token);
    for (let i = 0; i < 3; i += 1) {
      const project = await createStandardProject(api, lister.token);
      const person = await createPerson(api, lister.token, `Listed Person ${i}`);
      await assignRole(api, lister.token, { projectId: project.id, roleKey: 'TRAINER', personId: person.id, allocationPercent: 60 });
      await api.ok('mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }', { input: { projectId: project.id, name: 'Listed wave', scope: ['Sales'], goLiveDate: '2027-05-03' } }, lister.token);
    }
    const listed = await api.ok(LIST, {}, lister.token);
    expect(listed['projects']).toHaveLength(4);
    expect(await statements(LIST, {}, lister.token)).toBe(one);
  });

  it('stay the same for removing a milestone and restoring it, whether 1 task or 12 link to it', async () => {
    const CREATE_MILESTONE = 'mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version } }';
    const REMOVE = 'mutation($input: DeleteMilestoneInput!) { deleteMilestone(input: $input) { id } }';
    const RESTORE = 'mutation($input: RestoreMilestoneInput!) { restoreMilestone(input: $input) { id } }';
    const project = await createStandardProject(api, token);
    const phaseId = project.phases[0].id;
    const withTasks = async (n: number) => {
      const milestone = (await api.ok(CREATE_MILESTONE, { input: { phaseId, name: `Gate of ${n}`, dueDate: '2027-03-01' } }, token))['createMilestone'];
      for (let i = 0; i < n; i += 1) {
        await api.ok(CREATE_TASK, { input: { projectId: project.id, phaseId, milestoneId: milestone.id, title: `Linked ${n}.${i}`, roleKey: 'BUSINESS_ANALYST' } }, token);
      }
      return milestone as { id: string; version: number };
    };
    const few = await withTasks(1);
    const many = await withTasks(12);
    // The first removal of the process reads the foreign keys from the catalog once.
    const warmUp = await withTasks(0);
    await statements(REMOVE, { input: { id: warmUp.id, version: warmUp.version } });
    const removeFew = await statements(REMOVE, { input: { id: few.id, version: few.version } });
    const removeMany = await statements(REMOVE, { input: { id: many.id, version: many.version } });
    expect(removeFew).toBeGreaterThan(0);
    expect(removeMany).toBe(removeFew);
    expect(await statements(RESTORE, { input: { id: many.id } })).toBe(await statements(RESTORE, { input: { id: few.id } }));
  });

  it('stay the same for a page of 50 notifications, with their actors and programs, holding 2 or 45', async () => {
    const INBOX = '{ notifications(first: 50) { unreadCount pageInfo { hasNextPage endCursor } edges { cursor node { id title read projectName actor { id name } } } } }';
    const owner = await api.signUp('Telling owner');
    const reader = await api.signUp('Inbox reader', { organisationOf: owner });
    const project = await createStandardProject(api, owner.token);
    await shareProject(api, owner.token, project.id, reader, 'VIEWER');
    const [org] = await api.query<{ organisation_id: string }>('SELECT organisation_id FROM users WHERE id = $1', [owner.user.id]);
    const tell = (n: number) =>
      api.app.get(DataSource).transaction((tx) =>
        api.app.get(NotificationsService).notify(
          tx,
          Array.from({ length: n }, (_, i) => ({
            kind: 'COMMENT_ON_YOURS' as const,
            organisationId: org!.organisation_id,
            projectId: i % 2 ? project.id : null,
            subject: null,
            to: { userIds: [reader.user.id] },
            actorUserId: i % 3 ? owner.user.id : null,
            params: { commentId: `comment-${i}`, subjectTitle: `Task ${i}`, authorName: 'Telling owner' },
            link: '/my-work',
          })),
        ),
      );
    await tell(2);
    const few = await statements(INBOX, {}, reader.token);
    await tell(43);
    const many = await statements(INBOX, {}, reader.token);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });

  it('stay the same for a bulk status change and assignment of 3 tasks over 3 phases and of 12 over 3, gates and notices included', async () => {
    const project = await createStandardProject(api, token);
    const person = await createPerson(api, token, 'Bulk Person');
    const phaseIds = project.phases.slice(0, 3).map((p) => p.id);
    const created: { id: string; version: number }[] = [];
    for (let i = 0; i < 15; i += 1) {
      const task = await api.ok(
        'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }',
        { input: { projectId: project.id, phaseId: phaseIds[i % 3], title: `Bulk counted ${i}`, roleKey: 'CRM_ADMIN' } },
        token,
      );
      created.push(task['createTask']);
    }
    const BULK = 'mutation($input: UpdateTasksInput!) { updateTasks(input: $input) { id } }';
    const change = (items: { id: string; version: number }[]) => ({ input: { projectId: project.id, items, status: 'IN_PROGRESS', assigneeId: person.id } });
    const few = await statements(BULK, change(created.slice(0, 3)));
    const many = await statements(BULK, change(created.slice(3)));
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });

  it('stay the same for a thread of 3 comments and one of 12, with authors, mentions and history', async () => {
    const project = await createStandardProject(api, token);
    const person = await createPerson(api, token, 'Mentioned Person');
    const tasks = await api.ok('query($p: ID!) { tasks(projectId: $p, first: 2) { edges { node { id } } } }', { p: project.id }, token);
    const [small, large] = tasks['tasks'].edges.map((e: { node: { id: string } }) => e.node.id);
    const comment = async (subjectId: string, n: number) => {
      const added = await api.ok('mutation($i: AddCommentInput!) { addComment(input: $i) { id } }', { i: { subjectType: 'TASK', subjectId, body: `Note ${n} for @trainer`, mentionPersonIds: [person.id] } }, token);
      await api.ok('mutation($i: UpdateCommentInput!) { updateComment(input: $i) { id } }', { i: { id: added['addComment'].id, version: 1, body: `Note ${n}, edited` } }, token);
    };
    for (let n = 0; n < 3; n += 1) await comment(small, n);
    for (let n = 0; n < 12; n += 1) await comment(large, n);
    const THREAD = `query($s: ID!) { comments(subjectType: TASK, subjectId: $s, first: 50) { totalCount edges { node {
      id body mine author { id name } mentions { person { id name } role { id key name } } revisions { body editedAt }
    } } } }`;
    const few = await statements(THREAD, { s: small });
    const many = await statements(THREAD, { s: large });
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });

  it('stay the same for importing a plan of 10 rows and one of 200, and for exporting each, phases, milestones and links included', async () => {
    const IMPORT = 'mutation($input: ImportPlanInput!) { importPlan(input: $input) { imported errors { message } } }';
    const EXPORT = 'query($p: ID!, $f: PlanFormat!) { exportPlan(projectId: $p, format: $f) }';
    const person = await createPerson(api, token, 'Plan Trainer');
    /** Tasks in two new phases, each waiting for the one before, and a milestone closing each phase. */
    const plan = (tasks: number) => {
      const rows = ['title,phase,role,start,finish,duration,predecessors'];
      for (let i = 0; i < tasks; i += 1) rows.push(`Step ${i},${i < tasks / 2 ? 'Design' : 'Build'},${i % 2 ? 'Trainer' : 'Project manager'},2027-03-01,,1,${i > 0 ? rows.length : ''}`);
      rows.push('Design done,Design,,2027-06-01,2027-06-01,0,', 'Build done,Build,,2027-07-01,2027-07-01,0,');
      return rows.join('\n');
    };
    const counted = async (tasks: number) => {
      const projectId = (await createStandardProject(api, token, { template: 'EMPTY' })).id;
      await assignRole(api, token, { projectId, roleKey: 'TRAINER', personId: person.id, allocationPercent: 10 });
      const imported = await statements(IMPORT, { input: { projectId, format: 'CSV', content: plan(tasks) } });
      const check = await api.ok('query($p: ID!) { tasks(projectId: $p, first: 1) { totalCount } }', { p: projectId }, token);
      expect(check['tasks'].totalCount).toBe(tasks);
      return { imported, xml: await statements(EXPORT, { p: projectId, f: 'MSPDI' }), csv: await statements(EXPORT, { p: projectId, f: 'CSV' }) };
    };
    const few = await counted(10);
    const many = await counted(200);
    expect(few.imported).toBeGreaterThan(0);
    expect(many).toEqual(few);
  });
});
