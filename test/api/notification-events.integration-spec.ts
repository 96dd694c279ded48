import { jest } from '@jest/globals';

import { wordNotification } from '@crm/domain';

import { NotificationEvent } from '../../apps/api/src/notifications/notification-event';
import { NotificationsService } from '../../apps/api/src/notifications/notifications.service';
import { assignRole, createPerson, createStandardProject, StandardProject, TASK_FIELDS } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK_FIELDS} } }`;
const UPDATE_TASK = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { ${TASK_FIELDS} } }`;
const UPDATE_TASKS = `mutation($input: UpdateTasksInput!) { updateTasks(input: $input) { id version } }`;
const UPDATE_ASSIGNMENT = 'mutation($input: UpdateRoleAssignmentInput!) { updateRoleAssignment(input: $input) { id primary version } }';
const UNASSIGN = 'mutation($input: UnassignRoleInput!) { unassignRole(input: $input) { id } }';
const CREATE_PHASE = 'mutation($input: CreatePhaseInput!) { createPhase(input: $input) { id version } }';
const UPDATE_PHASE = 'mutation($input: UpdatePhaseInput!) { updatePhase(input: $input) { id version ownerRole { key } } }';
const ADD_CRITERION = 'mutation($input: AddExitCriterionInput!) { addExitCriterion(input: $input) { id done } }';
const SET_CRITERION = 'mutation($input: SetExitCriterionInput!) { setExitCriterion(input: $input) { id done } }';
const CARRY_OVER = 'mutation($input: CarryOverTasksInput!) { carryOverTasks(input: $input) { id gateBlockers } }';
const CREATE_KPI = 'mutation($input: CreateKpiInput!) { createKpi(input: $input) { id version status ownerRole { key } } }';
const UPDATE_KPI = 'mutation($input: UpdateKpiInput!) { updateKpi(input: $input) { id version status ownerRole { key } } }';
const RECORD = 'mutation($input: RecordKpiMeasurementInput!) { recordKpiMeasurement(input: $input) { id status } }';
const SCHEDULE = 'mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id } }';
const ATTEND = 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }';

const daysFrom = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Every event kind raised by the areas, observed where they hand it over: a spy on the real
 * NotificationsService.notify (it calls through, so the same requests also store whatever the real
 * service stores). The database, repositories and rules are real.
 */
describe('notification events of the areas', () => {
  let api: TestApp;
  let owner: SignedIn;
  let ownerPersonId: string;
  let handed: NotificationEvent[];
  let notify: jest.SpiedFunction<NotificationsService['notify']>;

  beforeAll(async () => {
    api = await startTestApp();
    owner = await api.signUp('Olga Owner');
    ownerPersonId = (await createPerson(api, owner.token, 'Olga Owner', { email: owner.user.email })).id;
    const service = api.app.get(NotificationsService);
    notify = jest.spyOn(service, 'notify');
  });
  beforeEach(() => notify.mockClear());
  afterAll(async () => {
    notify.mockRestore();
    await api.close();
  });

  /** The events handed to notify since the test began, of one kind. */
  /** What the inbox stores and an English reader's mail says. */
  const englishTitle = (e: NotificationEvent): string => wordNotification('en', e.kind, e.params as never).title;
  const events = (kind: NotificationEvent['kind']): NotificationEvent[] => {
    handed = notify.mock.calls.flatMap(([, handedOver]) => [...handedOver]);
    return handed.filter((e) => e.kind === kind);
  };

  const roleIdOf = async (projectId: string, key: string): Promise<string> =>
    (await api.query<{ id: string }>('SELECT id FROM roles WHERE project_id = $1 AND key = $2', [projectId, key]))[0].id;

  const newTask = async (project: StandardProject, title: string, extra: Record<string, unknown> = {}) =>
    (await api.ok(CREATE_TASK, { input: { projectId: project.id, phaseId: project.phases[0].id, title, roleKey: 'CRM_ADMIN', ...extra } }, owner.token))['createTask'];

  describe('TASK_ASSIGNED', () => {
    it('tells the assignee of a new task, with a link to the task, and nobody for an unowned one', async () => {
      const project = await createStandardProject(api, owner.token);
      const ann = await createPerson(api, owner.token, 'Ann Assignee');
      const task = await newTask(project, 'Configure lead scoring', { assigneeId: ann.id });
      expect(events('TASK_ASSIGNED')).toEqual([
        expect.objectContaining({
          projectId: project.id,
          subject: { type: 'TASK', id: task.id },
          to: { personIds: [ann.id] },
          actorUserId: owner.user.id,
          link: `/projects/${project.id}/board?task=${task.id}`,
        }),
      ]);
      expect(englishTitle(events('TASK_ASSIGNED')[0])).toContain('“Configure lead scoring” came to you');
      notify.mockClear();
      await newTask(project, 'Nobody holds admin yet');
      expect(events('TASK_ASSIGNED')).toEqual([]);
    });

    it('tells the new assignee when a task is re-assigned, not the previous one, and not an assignment to oneself', async () => {
      const project = await createStandardProject(api, owner.token);
      const ann = await createPerson(api, owner.token, 'Ann First');
      const bob = await createPerson(api, owner.token, 'Bob Second');
      const task = await newTask(project, 'Map account fields', { assigneeId: ann.id });
      notify.mockClear();
      const moved = (await api.ok(UPDATE_TASK, { input: { id: task.id, version: task.version, assigneeId: bob.id } }, owner.token))['updateTask'];
      expect(events('TASK_ASSIGNED').map((e) => e.to)).toEqual([{ personIds: [bob.id] }]);
      notify.mockClear();
      await api.ok(UPDATE_TASK, { input: { id: task.id, version: moved.version, assigneeId: ownerPersonId } }, owner.token);
      expect(events('TASK_ASSIGNED')).toEqual([]);
    });

    it('a bulk assignment tells each person once, counting their tasks', async () => {
      const project = await createStandardProject(api, owner.token);
      const cid = await createPerson(api, owner.token, 'Cid Bulk');
      const tasks = [await newTask(project, 'Bulk one'), await newTask(project, 'Bulk two'), await newTask(project, 'Bulk three')];
      notify.mockClear();
      await api.ok(UPDATE_TASKS, { input: { projectId: project.id, items: tasks.map((t) => ({ id: t.id, version: t.version })), assigneeId: cid.id } }, owner.token);
      const told = events('TASK_ASSIGNED');
      expect(told).toHaveLength(1);
      expect(told[0]).toMatchObject({ to: { personIds: [cid.id] }, params: { count: 3 }, subject: null, link: `/projects/${project.id}/board?owner=${cid.id}` });
      expect(englishTitle(told[0])).toContain('3 tasks came to you');
    });

    it('a new primary holder of a role gets one summary of the open tasks that follow it', async () => {
      const project = await createStandardProject(api, owner.token);
      const tina = await createPerson(api, owner.token, 'Tina Trainer');
      const tom = await createPerson(api, owner.token, 'Tom Trainer');
      const following: { n: number }[] = await api.query(
        `SELECT count(*)::int AS n FROM tasks t JOIN roles r ON r.id = t.role_id WHERE t.project_id = $1 AND r.key = 'TRAINER' AND t.assignee_id IS NULL AND t.status <> 'DONE'`,
        [project.id],
      );
      expect(following[0].n).toBeGreaterThan(1);
      await assignRole(api, owner.token, { projectId: project.id, roleKey: 'TRAINER', personId: tina.id });
      const first = events('TASK_ASSIGNED');
      expect(first).toHaveLength(1);
      expect(first[0]).toMatchObject({ to: { personIds: [tina.id] }, params: { count: following[0].n, roleKey: 'TRAINER' } });
      expect(englishTitle(first[0])).toContain(`${following[0].n} tasks of Trainer came to you`);

      const tomHolds = await assignRole(api, owner.token, { projectId: project.id, roleKey: 'TRAINER', personId: tom.id, primary: false });
      notify.mockClear();
      await api.ok(UPDATE_ASSIGNMENT, { input: { id: tomHolds.id, version: tomHolds.version, primary: true } }, owner.token);
      expect(events('TASK_ASSIGNED')).toEqual([expect.objectContaining({ to: { personIds: [tom.id] }, params: expect.objectContaining({ count: following[0].n }) })]);
    });
  });

  describe('ROLE_GIVEN / ROLE_TAKEN', () => {
    it('tells whoever is given a role, takes the primary place or loses the role, and not the one acting', async () => {
      const project = await createStandardProject(api, owner.token);
      const ana = await createPerson(api, owner.token, 'Ana Analyst');
      const ben = await createPerson(api, owner.token, 'Ben Analyst');
      await assignRole(api, owner.token, { projectId: project.id, roleKey: 'BUSINESS_ANALYST', personId: ana.id });
      expect(events('ROLE_GIVEN')).toEqual([
        expect.objectContaining({ to: { personIds: [ana.id] }, params: expect.objectContaining({ change: 'GIVEN', primary: true }), link: `/projects/${project.id}/team` }),
      ]);
      expect(englishTitle(events('ROLE_GIVEN')[0])).toContain('You are now Business analyst');

      notify.mockClear();
      await assignRole(api, owner.token, { projectId: project.id, roleKey: 'BUSINESS_ANALYST', personId: ben.id, primary: true });
      expect(events('ROLE_GIVEN').map((e) => [e.to.personIds, (e.params as { change?: string }).change])).toEqual([[[ben.id], 'GIVEN']]);
      expect(events('ROLE_TAKEN').map((e) => [e.to.personIds, (e.params as { change?: string }).change])).toEqual([[[ana.id], 'NO_LONGER_PRIMARY']]);

      notify.mockClear();
      await api.ok(UNASSIGN, { input: { projectId: project.id, roleKey: 'BUSINESS_ANALYST', personId: ana.id } }, owner.token);
      expect(events('ROLE_TAKEN').map((e) => [e.to.personIds, (e.params as { change?: string }).change])).toEqual([[[ana.id], 'TAKEN']]);
      expect(events('ROLE_GIVEN')).toEqual([]);

      notify.mockClear();
      await assignRole(api, owner.token, { projectId: project.id, roleKey: 'DATA_STEWARD', personId: ownerPersonId });
      expect(events('ROLE_GIVEN')).toEqual([]);
    });

    it('a change of allocation alone tells nobody', async () => {
      const project = await createStandardProject(api, owner.token);
      const dan = await createPerson(api, owner.token, 'Dan Developer');
      const held = await assignRole(api, owner.token, { projectId: project.id, roleKey: 'DEVELOPER', personId: dan.id });
      notify.mockClear();
      await api.ok(UPDATE_ASSIGNMENT, { input: { id: held.id, version: held.version, allocationPercent: 30 } }, owner.token);
      expect(notify).not.toHaveBeenCalled();
    });
  });

  describe('RETRAINING', () => {
    it('tells a person newly marked absent at a past session that they are on the re-training list, once per session', async () => {
      const project = await createStandardProject(api, owner.token);
      const trainer = await createPerson(api, owner.token, 'Tess Trainer');
      const max = await createPerson(api, owner.token, 'Max Missing');
      const lee = await createPerson(api, owner.token, 'Lee Learner');
      await assignRole(api, owner.token, { projectId: project.id, roleKey: 'TRAINER', personId: trainer.id });
      const goLive = daysFrom(new Date().toISOString().slice(0, 10), -20);
      const waveId = (await api.ok('mutation($input: CreateRolloutWaveInput!) { createRolloutWave(input: $input) { id } }', { input: { projectId: project.id, name: 'Nordics', scope: ['Nordics'], goLiveDate: goLive } }, owner.token))[
        'createRolloutWave'
      ].id;
      const session = (
        await api.ok(
          SCHEDULE,
          { input: { waveId, topic: 'Logging calls', startsAt: `${daysFrom(goLive, 2)}T09:00:00Z`, durationMinutes: 60, trainerId: trainer.id, inviteeIds: [max.id, lee.id] } },
          owner.token,
        )
      )['scheduleTrainingSession'];
      notify.mockClear();
      await api.ok(ATTEND, { input: { sessionId: session.id, entries: [{ personId: max.id, status: 'ABSENT' }, { personId: lee.id, status: 'ATTENDED' }] } }, owner.token);
      expect(events('RETRAINING')).toEqual([
        expect.objectContaining({
          projectId: project.id,
          subject: { type: 'TRAINING_SESSION', id: session.id },
          to: { personIds: [max.id] },
          dedupeKey: `RETRAINING:${session.id}:${max.id}`,
          link: `/projects/${project.id}/training`,
        }),
      ]);
      expect(englishTitle(events('RETRAINING')[0])).toContain('You missed “Logging calls”');
      notify.mockClear();
      await api.ok(ATTEND, { input: { sessionId: session.id, entries: [{ personId: max.id, status: 'ABSENT' }] } }, owner.token);
      expect(events('RETRAINING')).toEqual([]);
    });
  });

  describe('GATE_BLOCKED / GATE_UNBLOCKED', () => {
    async function customPhase(project: StandardProject) {
      const last = await api.query<{ planned_end: string }>('SELECT planned_end::text FROM phases WHERE project_id = $1 ORDER BY position DESC LIMIT 1', [project.id]);
      return (await api.ok(CREATE_PHASE, { input: { projectId: project.id, name: 'Hypercare', plannedStart: last[0].planned_end, plannedEnd: daysFrom(last[0].planned_end, 30) } }, owner.token))['createPhase'];
    }

    it('tells the project manager role when a criterion blocks an open gate, and when ticking it opens the gate again', async () => {
      const project = await createStandardProject(api, owner.token);
      const phase = await customPhase(project);
      const pmRole = await roleIdOf(project.id, 'PROJECT_MANAGER');
      notify.mockClear();
      const criterion = (await api.ok(ADD_CRITERION, { input: { phaseId: phase.id, label: 'Support handover signed' } }, owner.token))['addExitCriterion'];
      expect(events('GATE_BLOCKED')).toEqual([
        expect.objectContaining({ subject: { type: 'PHASE', id: phase.id }, to: { roles: [{ projectId: project.id, roleId: pmRole }] }, link: `/projects/${project.id}/overview` }),
      ]);
      expect(englishTitle(events('GATE_BLOCKED')[0])).toContain('The gate of Hypercare is blocked');

      notify.mockClear();
      const second = (await api.ok(ADD_CRITERION, { input: { phaseId: phase.id, label: 'Second criterion' } }, owner.token))['addExitCriterion'];
      expect(events('GATE_BLOCKED')).toEqual([]);

      notify.mockClear();
      await api.ok(SET_CRITERION, { input: { id: criterion.id, done: true } }, owner.token);
      expect(events('GATE_UNBLOCKED')).toEqual([]);
      await api.ok(SET_CRITERION, { input: { id: second.id, done: true } }, owner.token);
      expect(events('GATE_UNBLOCKED')).toEqual([expect.objectContaining({ subject: { type: 'PHASE', id: phase.id }, to: { roles: [{ projectId: project.id, roleId: pmRole }] } })]);
      expect(englishTitle(events('GATE_UNBLOCKED')[0])).toContain('The gate of Hypercare is open');
    });

    it('tells the chosen owner role; carrying the last open task over opens the gate', async () => {
      const project = await createStandardProject(api, owner.token);
      const phase = await customPhase(project);
      const updated = (await api.ok(UPDATE_PHASE, { input: { id: phase.id, version: phase.version, ownerRoleKey: 'SUPPORT_LEAD' } }, owner.token))['updatePhase'];
      expect(updated.ownerRole).toEqual({ key: 'SUPPORT_LEAD' });
      const supportRole = await roleIdOf(project.id, 'SUPPORT_LEAD');
      notify.mockClear();
      const task = (await api.ok(CREATE_TASK, { input: { projectId: project.id, phaseId: phase.id, title: 'Staff the help desk', roleKey: 'SUPPORT_LEAD' } }, owner.token))['createTask'];
      expect(events('GATE_BLOCKED').map((e) => e.to)).toEqual([{ roles: [{ projectId: project.id, roleId: supportRole }] }]);

      const later = await customPhase(project);
      notify.mockClear();
      const carried = await api.ok(CARRY_OVER, { input: { phaseId: phase.id, toPhaseId: later.id, taskIds: [task.id] } }, owner.token);
      expect(carried['carryOverTasks'].gateBlockers).toEqual([]);
      expect(events('GATE_UNBLOCKED').map((e) => e.subject)).toEqual([{ type: 'PHASE', id: phase.id }]);
      expect(events('GATE_BLOCKED').map((e) => e.subject)).toEqual([{ type: 'PHASE', id: later.id }]);
    });

    it('an unknown owner role is BAD_USER_INPUT and changes nothing; null hands the gate back to the project manager', async () => {
      const project = await createStandardProject(api, owner.token);
      const phase = await customPhase(project);
      const refused = await api.gql(UPDATE_PHASE, { input: { id: phase.id, version: phase.version, ownerRoleKey: 'NO_SUCH_ROLE' } }, owner.token);
      expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions['fields']).toEqual([expect.objectContaining({ field: 'ownerRoleKey' })]);
      const set = (await api.ok(UPDATE_PHASE, { input: { id: phase.id, version: phase.version, ownerRoleKey: 'TRAINER' } }, owner.token))['updatePhase'];
      const cleared = (await api.ok(UPDATE_PHASE, { input: { id: phase.id, version: set.version, ownerRoleKey: null } }, owner.token))['updatePhase'];
      expect(cleared.ownerRole).toBeNull();
    });
  });

  describe('KPI_OFF_TRACK', () => {
    it('tells the CRM analyst role when a measurement turns a KPI off track, once, and the chosen owner after a change', async () => {
      const project = await createStandardProject(api, owner.token);
      const kpi = (await api.ok(CREATE_KPI, { input: { projectId: project.id, name: 'Lead conversion', unit: '%', direction: 'UP', baseline: 20, target: 40 } }, owner.token))['createKpi'];
      expect(kpi.ownerRole).toBeNull();
      notify.mockClear();
      await api.ok(RECORD, { input: { kpiId: kpi.id, measuredOn: '2025-01-01', value: 35 } }, owner.token);
      expect(events('KPI_OFF_TRACK')).toEqual([]);
      const off = (await api.ok(RECORD, { input: { kpiId: kpi.id, measuredOn: '2025-02-01', value: 15 } }, owner.token))['recordKpiMeasurement'];
      expect(off.status).toBe('OFF_TRACK');
      expect(events('KPI_OFF_TRACK')).toEqual([
        expect.objectContaining({
          subject: { type: 'KPI', id: kpi.id },
          to: { roles: [{ projectId: project.id, roleId: await roleIdOf(project.id, 'CRM_ANALYST') }] },
          link: `/projects/${project.id}/kpis`,
        }),
      ]);
      expect(englishTitle(events('KPI_OFF_TRACK')[0])).toContain('Lead conversion is off track');
      notify.mockClear();
      await api.ok(RECORD, { input: { kpiId: kpi.id, measuredOn: '2025-03-01', value: 10 } }, owner.token);
      expect(events('KPI_OFF_TRACK')).toEqual([]);

      // Back on track by a lower target, then off again by a higher one, now owned by the sponsor.
      const eased = (await api.ok(UPDATE_KPI, { input: { id: kpi.id, version: kpi.version, baseline: 5, target: 12, ownerRoleKey: 'EXECUTIVE_SPONSOR' } }, owner.token))['updateKpi'];
      expect(eased).toMatchObject({ ownerRole: { key: 'EXECUTIVE_SPONSOR' } });
      expect(eased.status).not.toBe('OFF_TRACK');
      notify.mockClear();
      await api.ok(UPDATE_KPI, { input: { id: kpi.id, version: eased.version, baseline: 20, target: 40 } }, owner.token);
      expect(events('KPI_OFF_TRACK').map((e) => e.to)).toEqual([{ roles: [{ projectId: project.id, roleId: await roleIdOf(project.id, 'EXECUTIVE_SPONSOR') }] }]);
    });

    it('creates a KPI with an owner role and refuses an unknown one', async () => {
      const project = await createStandardProject(api, owner.token);
      const created = (await api.ok(CREATE_KPI, { input: { projectId: project.id, name: 'Duplicate accounts found', unit: '%', direction: 'DOWN', target: 2, ownerRoleKey: 'DATA_STEWARD' } }, owner.token))['createKpi'];
      expect(created.ownerRole).toEqual({ key: 'DATA_STEWARD' });
      const refused = await api.gql(CREATE_KPI, { input: { projectId: project.id, name: 'Nope', unit: '%', direction: 'UP', target: 1, ownerRoleKey: 'NOPE' } }, owner.token);
      expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(await api.query('SELECT id FROM kpis WHERE project_id = $1 AND name = $2', [project.id, 'Nope'])).toEqual([]);
    });
  });
});
