import { provideZonelessChangeDetection } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { provideUserDates } from '../shared/dates/user-locale';
import { OverviewPageComponent } from './overview-page.component';

function milestone(id: string, name: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Milestone',
    id,
    name,
    dueDate: '2026-03-27',
    status: 'PLANNED',
    overdue: false,
    daysLate: 0,
    version: 1,
    ownerRole: null,
    ...overrides,
  };
}

const phaseRef = { __typename: 'Phase', id: 'ph1', name: 'Needs analysis' };

/** A box to tick, as the overview asks for it. */
function checkbox(id: string, label: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'ExitCriterion',
    id,
    label,
    done: false,
    version: 2,
    kind: 'CHECKBOX',
    met: false,
    factsMet: false,
    signOffState: 'NOT_REQUIRED',
    rule: null,
    evidence: [{ __typename: 'GateEvidence', code: 'NOT_TICKED', params: [], ok: false, text: 'The box is not ticked yet.' }],
    signOffRole: null,
    signOff: null,
    ...extra,
  };
}

const needsAnalysis = {
  __typename: 'Phase',
  id: 'ph1',
  kind: 'NEEDS_ANALYSIS',
  name: 'Needs analysis',
  position: 1,
  status: 'IN_PROGRESS',
  plannedStart: '2026-03-02',
  plannedEnd: '2026-03-31',
  actualStart: '2026-03-02',
  actualEnd: null,
  version: 3,
  ownerRole: null,
  exitCriteria: [checkbox('c1', 'Requirements signed off')],
  milestones: [milestone('m1', 'Requirements baseline', { overdue: true, daysLate: 4, dueDate: '2026-03-06' })],
  progress: { __typename: 'PhaseProgress', doneTasks: 3, totalTasks: 8, ratio: 0.375 },
  gateBlockers: ['Exit criterion not met: Requirements signed off', 'Milestone not done: Requirements baseline'],
  gateBlockerMessages: [
    { __typename: 'Message', code: 'EXIT_CRITERION_NOT_MET', params: [{ __typename: 'MessageParam', name: 'criterion', value: 'Requirements signed off' }], text: 'Exit criterion not met: Requirements signed off' },
    { __typename: 'Message', code: 'MILESTONE_NOT_DONE', params: [{ __typename: 'MessageParam', name: 'milestone', value: 'Requirements baseline' }], text: 'Milestone not done: Requirements baseline' },
  ],
};

const redesign = {
  ...needsAnalysis,
  id: 'ph2',
  kind: 'PROCESS_REDESIGN',
  name: 'Process redesign',
  position: 2,
  status: 'NOT_STARTED',
  actualStart: null,
  exitCriteria: [],
  milestones: [],
  progress: { __typename: 'PhaseProgress', doneTasks: 0, totalTasks: 0, ratio: 0 },
  gateBlockers: [],
  gateBlockerMessages: [],
};

const openTask = (id: string, title: string) => ({ __typename: 'Task', id, title, status: 'TODO' });

/** Needs analysis with everything done but two tasks, and redesign still to come. */
const onlyTasksOpen = {
  ...needsAnalysis,
  exitCriteria: [],
  milestones: [],
  progress: { __typename: 'PhaseProgress', doneTasks: 6, totalTasks: 8, ratio: 0.75 },
  gateBlockers: ['Task not done: Interview the sales leads', 'Task not done: Write the gap list'],
  gateBlockerMessages: [
    { __typename: 'Message', code: 'TASK_NOT_DONE', params: [{ __typename: 'MessageParam', name: 'task', value: 'Interview the sales leads' }], text: 'Task not done: Interview the sales leads' },
    { __typename: 'Message', code: 'TASK_NOT_DONE', params: [{ __typename: 'MessageParam', name: 'task', value: 'Write the gap list' }], text: 'Task not done: Write the gap list' },
  ],
};

const openTasksPage = (tasks: ReturnType<typeof openTask>[], totalCount = tasks.length) => ({
  tasks: { __typename: 'TaskConnection', totalCount, edges: tasks.map((node) => ({ __typename: 'TaskEdge', node })) },
});

const completedNeeds = { ...needsAnalysis, status: 'COMPLETED', actualEnd: '2026-03-30', gateBlockers: [], gateBlockerMessages: [], exitCriteria: [], milestones: [] };

function overview(permission = 'OWNER', phases: unknown[] = [needsAnalysis, redesign]) {
  return {
    project: {
      __typename: 'Project',
      id: 'p1',
      myPermission: permission,
      phases,
      overdueMilestones: [
        { ...milestone('m1', 'Requirements baseline', { overdue: true, daysLate: 4 }), phase: phaseRef },
        { ...milestone('m0', 'Kick-off', { overdue: true, daysLate: 9 }), phase: phaseRef },
      ],
      upcomingMilestones: [{ ...milestone('m2', 'Vendor shortlist', { dueDate: '2099-01-10' }), phase: phaseRef }],
      nextMilestone: { ...milestone('m2', 'Vendor shortlist', { dueDate: '2099-01-10' }), phase: phaseRef },
      unownedTaskCount: 4,
    },
  };
}

function myTask(id: string, title: string, projectId: string) {
  return {
    __typename: 'Task',
    id,
    title,
    status: 'TODO',
    dueDate: null,
    overdue: false,
    project: { __typename: 'Project', id: projectId, name: projectId === 'p1' ? 'EMEA rollout' : 'Other' },
    phase: phaseRef,
    role: { __typename: 'Role', id: 'r1', key: 'BUSINESS_ANALYST', name: 'Business analyst' },
  };
}

const noPace = {
  __typename: 'GoLiveForecast',
  status: 'NO_PACE',
  forecastDate: null,
  earliest: null,
  latest: null,
  targetGoLiveDate: '2026-09-30',
  slipDays: 0,
  remainingHours: 40,
  hoursPerWeek: 0,
  weeks: 4,
  drivers: [],
  unestimatedTaskIds: [],
};

describe('OverviewPageComponent', () => {
  let fixture: ComponentFixture<OverviewPageComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideZonelessChangeDetection(), provideRouter([]), provideUserDates()],
    });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(OverviewPageComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    await fixture.whenStable();
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    // The forecast card asks for its own data once the overview is drawn; tests of other cards leave it unanswered.
    for (const request of apollo.match('OverviewGoLiveForecast')) request.flushData({ goLiveForecast: noPace });
    apollo.verify();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const all = (testId: string, within: ParentNode = page()) =>
    [...within.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
  const one = (testId: string, within: ParentNode = page()) => all(testId, within)[0] ?? null;

  /** Lets a dialog close and the requests that follow it go out. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 200));
    await fixture.whenStable();
  }

  async function load(permission = 'OWNER', phases?: unknown[]): Promise<void> {
    apollo.expectOne('ProjectOverview').flushData(overview(permission, phases));
    apollo.expectOne('OverviewMyTasks').flushData({
      myTasks: [myTask('t1', 'Interview the sales leads', 'p1'), myTask('t2', 'Somebody else’s project', 'p9')],
    });
    await fixture.whenStable();
  }

  it('shows the go-live forecast card beside the next milestone, slipping, with the tasks that drive it', async () => {
    await load();
    expect(one('forecast-loading')?.textContent).toContain('Working out the forecast');
    apollo.expectOne('OverviewGoLiveForecast').flushData({
      goLiveForecast: {
        ...noPace,
        status: 'SLIPPING',
        forecastDate: '2026-10-14',
        earliest: '2026-10-02',
        latest: '2026-11-04',
        slipDays: 10,
        hoursPerWeek: 12,
        drivers: [{ __typename: 'Task', id: 't7', title: 'Migrate the accounts' }],
      },
    });
    await fixture.whenStable();

    const card = one('go-live-forecast');
    expect(card?.getAttribute('role')).toBe('region');
    expect(one('forecast-verdict', card as HTMLElement)?.textContent).toContain('Slipping 10 working days');
    expect(one('forecast-driver', card as HTMLElement)?.getAttribute('href')).toBe('/projects/p1/board?task=t7');
  });

  it('says it is loading, then shows each phase in order with its progress and gate', async () => {
    expect(one('overview-loading')?.textContent).toContain('Loading the program overview');
    await load();

    const cards = all('phase-card');
    expect(cards.map((c) => c.getAttribute('data-kind'))).toEqual(['NEEDS_ANALYSIS', 'PROCESS_REDESIGN']);
    expect(one('phase-progress', cards[0])?.textContent).toContain('3 of 8 tasks done');
    expect(one('gate-blockers', cards[0])?.textContent).toContain('Exit criterion not met: Requirements signed off');
    expect(one('gate-blockers', cards[1])).toBeNull();
    expect(cards[1].textContent).toContain('Gate open');
    expect(one('milestone-item', cards[0])?.textContent).toContain('4 days late');
  });

  it('lists overdue milestones most late first and highlights the next one', async () => {
    await load();

    expect(all('overdue-milestone').map((li) => li.textContent)).toEqual([
      expect.stringContaining('9 days late'),
      expect.stringContaining('4 days late'),
    ]);
    expect(one('next-milestone')?.textContent).toContain('Vendor shortlist');
  });

  it('links the unowned count to the board filtered to unowned tasks', async () => {
    await load();

    expect(one('unowned-count')?.textContent).toContain('4 tasks have no owner');
    expect(one('unowned-link')?.getAttribute('href')).toBe('/projects/p1/board?unowned=true');
  });

  it("shows only this project's tasks as my next actions", async () => {
    await load();

    expect(all('my-task').map((li) => li.textContent)).toEqual([expect.stringContaining('Interview the sales leads')]);
  });

  it('lists what blocks the gate when completing a phase is refused', async () => {
    await load();

    one('complete-phase', all('phase-card')[0])?.click();
    const request = apollo.expectOne('ProjectCompletePhase');
    expect(request.operation.variables).toEqual({ input: { id: 'ph1', version: 3 } });
    request.graphqlErrors([
      {
        message: 'Needs analysis cannot be completed yet: …',
        extensions: { code: 'GATE_BLOCKED', blockers: ['Milestone not done: Requirements baseline'] },
      },
    ]);
    await fixture.whenStable();

    const problem = one('action-problem-gate-blocked', all('phase-card')[0]);
    expect(problem?.textContent).toContain('Needs analysis cannot be completed yet');
    expect(problem?.textContent).toContain('Milestone not done: Requirements baseline');
    expect(one('action-problem-gate-blocked', all('phase-card')[1])).toBeNull();
  });

  it('offers a reload when a milestone was changed by someone else meanwhile', async () => {
    await load();

    one('complete-milestone')?.click();
    apollo.expectOne('ProjectCompleteMilestone').graphqlErrors([
      { message: 'This milestone was changed by someone else.', extensions: { code: 'CONFLICT' } },
    ]);
    await fixture.whenStable();

    const problem = one('action-problem-conflict');
    expect(problem?.textContent).toContain('Someone changed this meanwhile');

    one('reload-after-conflict', problem ?? undefined)?.click();
    apollo.expectOne('ProjectOverview').flushData(overview());
    await fixture.whenStable();
    expect(one('action-problem-conflict')).toBeNull();
  });

  it('says a milestone completed twice is already done, without blaming someone else, and shows it as it is', async () => {
    await load();

    one('complete-milestone')?.click();
    apollo.expectOne('ProjectCompleteMilestone').graphqlErrors([
      { message: 'This milestone is already done.', extensions: { code: 'INVALID_STATE', state: 'DONE' } },
    ]);
    await fixture.whenStable();
    apollo.expectOne('ProjectOverview').flushData(overview());
    await fixture.whenStable();

    const problem = one('action-problem-invalid-state');
    expect(problem?.textContent).toContain('This milestone is already done.');
    expect(problem?.textContent).not.toMatch(/someone|meanwhile/i);
    expect(one('reload-after-conflict', problem ?? undefined)).toBeNull();
  });

  it('reloads the overview after a milestone is marked done, so the gate and lists follow', async () => {
    await load();

    one('complete-milestone')?.click();
    apollo.expectOne('ProjectCompleteMilestone').flushData({
      completeMilestone: milestone('m1', 'Requirements baseline', { status: 'DONE', version: 2 }),
    });
    await fixture.whenStable();

    apollo.expectOne('ProjectOverview').flushData(overview());
    await fixture.whenStable();
  });

  it('lets a viewer look but not change anything', async () => {
    await load('VIEWER');

    expect(one('view-only-note')).not.toBeNull();
    expect(one('complete-phase')).toBeNull();
    expect(one('complete-milestone')).toBeNull();
    for (const control of ['add-phase', 'edit-phase', 'add-milestone', 'edit-milestone', 'add-criterion', 'edit-criterion']) expect(one(control)).toBeNull();
    const checkbox = one('exit-criterion')?.querySelector('input');
    expect(checkbox?.disabled).toBe(true);
  });

  it('explains a failed load and tries again on request', async () => {
    apollo.expectOne('ProjectOverview').networkError(new Error('connection refused'));
    apollo.expectOne('OverviewMyTasks').flushData({ myTasks: [] });
    await fixture.whenStable();

    expect(one('overview-error')?.textContent).toContain('We could not load the overview.');

    one('overview-error')?.querySelector('button')?.click();
    apollo.expectOne('ProjectOverview').flushData(overview());
    await fixture.whenStable();

    expect(all('phase-card')).toHaveLength(2);
  });

  it('offers to carry open tasks over, all ticked and to the next phase, then completes the phase', async () => {
    await load('EDITOR', [onlyTasksOpen, redesign]);
    expect(one('carry-over', all('phase-card')[1])).toBeNull();

    one('carry-over', all('phase-card')[0])?.click();
    await settle();
    expect(document.querySelector('[data-testid="carry-over-loading"]')?.textContent).toContain('Loading the open tasks');
    const asked = apollo.expectOne('CarryOverOpenTasks');
    expect(asked.operation.variables).toMatchObject({ projectId: 'p1', phaseId: 'ph1', statuses: ['TODO', 'IN_PROGRESS', 'BLOCKED'] });
    asked.flushData(openTasksPage([openTask('t1', 'Interview the sales leads'), openTask('t2', 'Write the gap list')]));
    await settle();
    expect(document.querySelector('[data-testid="carry-over-more"]')).toBeNull();
    const boxes = [...document.querySelectorAll<HTMLElement>('[data-testid="carry-over-task"]')];
    expect(boxes.map((b) => b.textContent?.trim())).toEqual(['Interview the sales leads', 'Write the gap list']);
    expect(boxes.every((b) => b.querySelector<HTMLInputElement>('input')?.checked)).toBe(true);
    expect(document.querySelector('[data-testid="carry-over-phase"]')?.textContent).toContain('Process redesign');

    document.querySelector<HTMLElement>('[data-testid="carry-over-submit"]')?.click();
    const move = apollo.expectOne('ProjectCarryOverTasks');
    expect(move.operation.variables['input']).toEqual({ phaseId: 'ph1', toPhaseId: 'ph2', taskIds: ['t1', 't2'] });
    move.flushData({ carryOverTasks: { __typename: 'Phase', id: 'ph1', version: 3, gateBlockers: [], gateBlockerMessages: [] } });
    await settle();

    const complete = apollo.expectOne('ProjectCompletePhase');
    expect(complete.operation.variables).toEqual({ input: { id: 'ph1', version: 3 } });
    complete.flushData({
      completePhase: { __typename: 'Phase', id: 'ph1', status: 'COMPLETED', actualStart: '2026-03-02', actualEnd: '2026-03-30', version: 4, gateBlockers: [], gateBlockerMessages: [] },
    });
    await settle();
    apollo.expectOne('ProjectOverview').flushData(overview('EDITOR', [completedNeeds, redesign]));
    await fixture.whenStable();
  });

  it('lists a bounded page of a crowded phase, says how many stay behind, and does not complete the phase after moving them', async () => {
    await load('EDITOR', [{ ...onlyTasksOpen, progress: { __typename: 'PhaseProgress', doneTasks: 0, totalTasks: 1102, ratio: 0 } }, redesign]);
    one('carry-over', all('phase-card')[0])?.click();
    await settle();
    const listed = Array.from({ length: 100 }, (_, i) => openTask(`t${i}`, `Task ${i}`));
    const asked = apollo.expectOne('CarryOverOpenTasks');
    // The API's page limit: a phase of thousands is moved a hundred at a time.
    expect(asked.operation.variables['first']).toBe(100);
    asked.flushData(openTasksPage(listed, 1102));
    await settle();
    expect(document.querySelectorAll('[data-testid="carry-over-task"]')).toHaveLength(100);
    expect(document.querySelector('[data-testid="carry-over-more"]')?.textContent).toContain('1002 more open tasks stay in this phase');

    document.querySelector<HTMLElement>('[data-testid="carry-over-submit"]')?.click();
    apollo.expectOne('ProjectCarryOverTasks').flushData({ carryOverTasks: { __typename: 'Phase', id: 'ph1', version: 3, gateBlockers: ['1002 more tasks not done'], gateBlockerMessages: [{ __typename: 'Message', code: 'MORE_TASKS_NOT_DONE', params: [{ __typename: 'MessageParam', name: 'count', value: '1002' }], text: '1002 more tasks not done' }] } });
    await settle();
    apollo.expectNone('ProjectCompletePhase');
  });

  it('says when the open tasks could not be loaded and tries again on request', async () => {
    await load('EDITOR', [onlyTasksOpen, redesign]);
    one('carry-over', all('phase-card')[0])?.click();
    await settle();
    apollo.expectOne('CarryOverOpenTasks').networkError(new Error('offline'));
    await settle();
    const problem = document.querySelector<HTMLElement>('[data-testid="carry-over-load-error"]');
    expect(problem).not.toBeNull();
    expect(document.querySelector<HTMLButtonElement>('[data-testid="carry-over-submit"]')?.disabled).toBe(true);

    problem?.querySelector('button')?.click();
    apollo.expectOne('CarryOverOpenTasks').flushData(openTasksPage([openTask('t1', 'Interview the sales leads')]));
    await settle();
    expect(document.querySelectorAll('[data-testid="carry-over-task"]')).toHaveLength(1);
  });

  it('lets the owner reopen a completed phase, asking why, and reloads the overview', async () => {
    await load('OWNER', [completedNeeds, redesign]);

    one('reopen-phase', all('phase-card')[0])?.click();
    await settle();
    const reason = document.querySelector<HTMLTextAreaElement>('[data-testid="reopen-reason"]') as HTMLTextAreaElement;
    reason.value = '  Sign-off was withdrawn ';
    reason.dispatchEvent(new Event('input'));
    document.querySelector<HTMLElement>('[data-testid="reopen-submit"]')?.click();
    const reopen = apollo.expectOne('ProjectReopenPhase');
    expect(reopen.operation.variables['input']).toEqual({ id: 'ph1', version: 3, reason: 'Sign-off was withdrawn' });
    reopen.flushData({ reopenPhase: { __typename: 'Phase', id: 'ph1', status: 'IN_PROGRESS', actualEnd: null, version: 4 } });
    await settle();
    apollo.expectOne('ProjectOverview').flushData(overview('OWNER', [needsAnalysis, redesign]));
    await fixture.whenStable();
  });

  const inDialog = <T extends HTMLElement>(testId: string) => document.querySelector<T>(`mat-dialog-container [data-testid="${testId}"]`) as T;
  const type = (testId: string, value: string) => {
    const input = inDialog<HTMLInputElement>(testId);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('lets an editor add a phase of their own, then reloads so it shows in its place', async () => {
    await load('EDITOR');

    one('add-phase')?.click();
    await settle();
    type('phase-name', ' Data migration ');
    type('phase-start', '2026-04-01');
    type('phase-end', '2026-04-30');
    inDialog('phase-submit').click();
    const create = apollo.expectOne('PlanningCreatePhase');
    expect(create.operation.variables['input']).toEqual({ projectId: 'p1', name: 'Data migration', plannedStart: '2026-04-01', plannedEnd: '2026-04-30' });
    create.flushData({ createPhase: { __typename: 'Phase', id: 'ph9', name: 'Data migration', position: 2, plannedStart: '2026-04-01', plannedEnd: '2026-04-30', version: 1 } });
    await settle();
    apollo.expectOne('ProjectOverview').flushData(overview('EDITOR'));
    await fixture.whenStable();
    expect(document.querySelector('mat-dialog-container')).toBeNull();
  });

  it('edits a phase from its card with the name and dates filled in', async () => {
    await load('EDITOR');

    one('edit-phase', all('phase-card')[0])?.click();
    await settle();
    // The card says who owns the gate (nobody chosen: the project manager), so the dialog offers the roles.
    apollo.expectOne('PlanningPhaseOwnerRoles').flushData({ roles: [{ __typename: 'Role', id: 'r1', key: 'PROJECT_MANAGER', name: 'Project manager' }] });
    await settle();
    expect(inDialog<HTMLInputElement>('phase-name').value).toBe('Needs analysis');
    expect(inDialog<HTMLInputElement>('phase-end').value).toContain('2026');
    expect(inDialog('phase-owner-role').textContent).toContain('Default: Project manager');
    type('phase-end', '2026-04-15');
    inDialog('phase-submit').click();
    const update = apollo.expectOne('PlanningUpdatePhase');
    expect(update.operation.variables['input']).toEqual({ id: 'ph1', version: 3, name: 'Needs analysis', plannedStart: '2026-03-02', plannedEnd: '2026-04-15', ownerRoleKey: null });
    update.flushData({ updatePhase: { __typename: 'Phase', id: 'ph1', name: 'Needs analysis', plannedStart: '2026-03-02', plannedEnd: '2026-04-15', ownerRole: null, version: 4 } });
    await settle();
    apollo.expectOne('ProjectOverview').flushData(overview('EDITOR'));
    await fixture.whenStable();
  });

  it('moves a milestone to another phase from its card', async () => {
    await load('EDITOR');

    one('edit-milestone', all('phase-card')[0])?.click();
    await settle();
    expect(inDialog<HTMLInputElement>('milestone-name').value).toBe('Requirements baseline');
    apollo.expectOne('PlanningRoles').flushData({ roles: [] });
    const select = inDialog('milestone-phase');
    select.click();
    await fixture.whenStable();
    const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
    expect(options.map((o) => o.textContent?.trim())).toEqual(['Needs analysis', 'Process redesign']);
    options[1].click();
    await fixture.whenStable();
    inDialog('milestone-submit').click();
    const update = apollo.expectOne('PlanningUpdateMilestone');
    expect(update.operation.variables['input']).toEqual(expect.objectContaining({ id: 'm1', version: 1, name: 'Requirements baseline', phaseId: 'ph2' }));
    update.flushData({ updateMilestone: { __typename: 'Milestone', id: 'm1', name: 'Requirements baseline', dueDate: '2026-03-06', version: 2, ownerRole: null, phase: { __typename: 'Phase', id: 'ph2' } } });
    await settle();
    apollo.expectOne('ProjectOverview').flushData(overview('EDITOR'));
    await fixture.whenStable();
  });

  it('rewords an exit criterion and says so plainly when someone changed it meanwhile', async () => {
    await load('EDITOR');

    one('edit-criterion', all('phase-card')[0])?.click();
    await settle();
    apollo.expectOne('PlanningGateOptions').flushData({ roles: [], rolloutWaves: [], kpis: [] });
    await settle();
    expect(inDialog<HTMLTextAreaElement>('criterion-label').value).toBe('Requirements signed off');
    type('criterion-label', 'Requirements signed off by sales and service');
    inDialog('criterion-submit').click();
    const update = apollo.expectOne('PlanningUpdateExitCriterion');
    expect(update.operation.variables['input']).toEqual({ id: 'c1', version: 2, label: 'Requirements signed off by sales and service', rule: null, signOffRoleKey: null });
    update.graphqlErrors([{ message: 'This exit criterion was changed by someone else.', extensions: { code: 'CONFLICT' } }]);
    await fixture.whenStable();
    expect(inDialog('criterion-form-problem')?.textContent).toContain('changed');
    expect(document.querySelector('mat-dialog-container')?.textContent).toContain('Reload');
  });

  it('does not offer reopening to an editor', async () => {
    await load('EDITOR', [completedNeeds, redesign]);

    expect(one('reopen-phase')).toBeNull();
  });
  it('shows a rule’s evidence without a box, and lets the signing role’s holder sign once it is met', async () => {
    const rule = {
      ...checkbox('c7', 'Every process is validated'),
      kind: 'RULE',
      factsMet: true,
      signOffState: 'AWAITING',
      rule: { __typename: 'GateRule', kind: 'PROCESSES_VALIDATED', waveId: null, kpiKey: null, threshold: null, description: 'Every process has been validated by its users' },
      evidence: [
        {
          __typename: 'GateEvidence',
          code: 'PROCESSES_VALIDATED',
          params: [
            { __typename: 'GateEvidenceParam', name: 'validated', value: '2' },
            { __typename: 'GateEvidenceParam', name: 'total', value: '2' },
          ],
          ok: true,
          // The card words the code itself; the API's English is for API users.
          text: 'English from the API',
        },
      ],
      signOffRole: { __typename: 'Role', key: 'EXECUTIVE_SPONSOR', name: 'Executive sponsor' },
    };
    await load('VIEWER', [{ ...needsAnalysis, exitCriteria: [rule] }, redesign]);

    const card = all('phase-card')[0];
    expect(one('exit-criterion', card)).toBeNull();
    expect(one('rule-criterion', card)?.textContent).toContain('Checks itself · met');
    expect(one('criterion-evidence', card)?.textContent).toContain('2 of 2 processes are validated.');
    expect(one('criterion-sign-off', card)?.textContent).toContain('Needs the sign-off of Executive sponsor');
    // A viewer may hold the role: the sponsor is often one.
    one('sign-off', card)?.click();
    await settle();
    expect(document.querySelector('mat-dialog-container')?.textContent).toContain('2 of 2 processes are validated.');
    inDialog('sign-off-submit').click();
    await settle();
    expect(inDialog('error-comment').textContent).toContain('Say in a few words what you checked');
    apollo.expectNone('ProjectSignOff');
    type('sign-off-comment', 'Walked through both processes with sales');
    inDialog('sign-off-submit').click();
    const signed = apollo.expectOne('ProjectSignOff');
    expect(signed.operation.variables['input']).toEqual({ criterionId: 'c7', comment: 'Walked through both processes with sales' });
    signed.flushData({ signOff: { ...rule, met: true, signOffState: 'SIGNED', signOff: { __typename: 'ExitCriterionSignOff', personName: 'Sara Sponsor', comment: 'ok', signedAt: '2026-12-04T10:00:00Z', lapsed: false } } });
    await settle();
    apollo.expectOne('ProjectOverview').flushData(overview('VIEWER'));
    await fixture.whenStable();
  });
});
