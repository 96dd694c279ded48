import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { provideUserDates } from '../shared/dates/user-locale';
import { PlanningDialogs } from './planning-dialogs';

const phases = [
  { id: 'ph1', name: 'Needs analysis', status: 'COMPLETED' as const },
  { id: 'ph2', name: 'Process redesign', status: 'IN_PROGRESS' as const },
  { id: 'ph3', name: 'Rollout', status: 'NOT_STARTED' as const },
];

describe('the plan’s edit dialogs', () => {
  let apollo: ApolloTestingController;
  let dialogs: PlanningDialogs;
  let closedWith: boolean[];

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideUserDates()] });
    apollo = TestBed.inject(ApolloTestingController);
    dialogs = TestBed.inject(PlanningDialogs);
    closedWith = [];
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    apollo.verify();
  });

  async function settle(ms = 0): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await TestBed.inject(ApplicationRef).whenStable();
  }

  const el = <T extends HTMLElement = HTMLElement>(testId: string) => document.querySelector<T>(`[data-testid="${testId}"]`);
  const type = (testId: string, value: string) => {
    const input = el<HTMLInputElement>(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  describe('phase', () => {
    async function open(phase: Parameters<PlanningDialogs['phase']>[0]['phase'] = null): Promise<void> {
      dialogs.phase({ projectId: 'p1', phase }).subscribe((saved) => closedWith.push(saved));
      await settle();
    }

    it('says what is missing and sends nothing', async () => {
      await open();
      el('phase-submit')?.click();
      await settle();
      expect(el('error-name')?.textContent).toContain('Give the phase a name.');
      expect(el('error-plannedStart')?.textContent).toContain('planned to start');
      expect(el('error-plannedEnd')?.textContent).toContain('planned to end');
      apollo.expectNone('PlanningCreatePhase');
    });

    it('refuses an end before the start beside the end field', async () => {
      await open();
      type('phase-name', 'Hypercare');
      type('phase-start', '2027-05-10');
      type('phase-end', '2027-05-01');
      el('phase-submit')?.click();
      await settle();
      expect(el('error-plannedEnd')?.textContent).toContain('Planned end must be on or after the planned start.');
      apollo.expectNone('PlanningCreatePhase');

      // Moving the start back clears it without touching the end.
      type('phase-start', '2027-04-20');
      await settle();
      expect(el('error-plannedEnd')).toBeNull();
    });

    it('puts the API’s field message beside its field', async () => {
      await open({ id: 'ph2', name: 'Process redesign', plannedStart: '2027-02-01', plannedEnd: '2027-03-31', version: 4 });
      el('phase-submit')?.click();
      apollo.expectOne('PlanningUpdatePhase').graphqlErrors([
        { message: 'Invalid input.', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'plannedEnd', message: 'Planned end must be on or after the planned start.' }] } },
      ]);
      await settle();
      expect(el('error-plannedEnd')?.textContent).toContain('Planned end must be on or after the planned start.');
      expect(closedWith).toEqual([]);
    });

    it('lets the gate’s owner be chosen among the program’s roles, and sends it with the phase', async () => {
      await open({ id: 'ph2', name: 'Process redesign', plannedStart: '2027-02-01', plannedEnd: '2027-03-31', version: 4, ownerRole: null });
      expect(document.body.textContent).toContain('Loading the roles…');
      apollo.expectOne('PlanningPhaseOwnerRoles').flushData({
        roles: [
          { __typename: 'Role', id: 'r1', key: 'PROJECT_MANAGER', name: 'Project manager' },
          { __typename: 'Role', id: 'r2', key: 'BUSINESS_ANALYST', name: 'Business analyst' },
        ],
      });
      await settle();
      const picker = el('phase-owner-role');
      expect(picker?.textContent).toContain('Default: Project manager');
      picker?.click();
      await settle();
      [...document.querySelectorAll<HTMLElement>('mat-option')].find((o) => o.textContent?.trim() === 'Business analyst')?.click();
      await settle();
      el('phase-submit')?.click();
      const update = apollo.expectOne('PlanningUpdatePhase');
      expect(update.operation.variables['input']).toEqual({
        id: 'ph2',
        version: 4,
        name: 'Process redesign',
        plannedStart: '2027-02-01',
        plannedEnd: '2027-03-31',
        ownerRoleKey: 'BUSINESS_ANALYST',
      });
      update.flushData({
        updatePhase: { __typename: 'Phase', id: 'ph2', name: 'Process redesign', plannedStart: '2027-02-01', plannedEnd: '2027-03-31', ownerRole: { __typename: 'Role', key: 'BUSINESS_ANALYST' }, version: 5 },
      });
      await settle(200);
      expect(closedWith).toEqual([true]);
    });

    it('neither shows nor sends a gate owner when the opener does not say who it is', async () => {
      await open({ id: 'ph2', name: 'Process redesign', plannedStart: '2027-02-01', plannedEnd: '2027-03-31', version: 4 });
      expect(el('phase-owner-role')).toBeNull();
      el('phase-submit')?.click();
      const update = apollo.expectOne('PlanningUpdatePhase');
      expect(update.operation.variables['input']).not.toHaveProperty('ownerRoleKey');
      update.flushData({
        updatePhase: { __typename: 'Phase', id: 'ph2', name: 'Process redesign', plannedStart: '2027-02-01', plannedEnd: '2027-03-31', ownerRole: null, version: 5 },
      });
      await settle();
    });

    it('offers Remove only on a phase the program added, and removes it with its tasks after saying so', async () => {
      await open({ id: 'ph2', name: 'Process redesign', plannedStart: '2027-02-01', plannedEnd: '2027-03-31', version: 4, kind: 'PROCESS_REDESIGN' });
      expect(el('phase-remove')).toBeNull();
      TestBed.inject(MatDialog).closeAll();
      await settle(200);

      await open({ id: 'ph9', name: 'Hypercare', plannedStart: '2027-06-01', plannedEnd: '2027-06-30', version: 2, kind: 'CUSTOM' });
      el('phase-remove')?.click();
      await settle();
      apollo.expectOne('RemovalImpact').flushData({
        removalImpact: {
          __typename: 'RemovalImpact', id: 'ph9', kind: 'Phase', title: 'Hypercare', refusal: null,
          removedWithIt: [{ __typename: 'DependantCount', kind: 'Task', count: 12 }, { __typename: 'DependantCount', kind: 'Milestone', count: 3 }],
          unlinked: [], blockers: [],
        },
      });
      await settle();
      expect(document.body.textContent).toContain('Remove “Hypercare”? Also removed with it: 12 tasks and 3 milestones.');
      el('confirm-ok')?.click();
      await settle(300);
      const removal = apollo.expectOne('DeletePhase');
      expect(removal.operation.variables).toEqual({ input: { id: 'ph9', version: 2 } });
      removal.flushData({ deletePhase: { __typename: 'TrashEntry', id: 'e1', kind: 'Phase', recordId: 'ph9', title: 'Hypercare' } });
      await settle(300);
      expect(el('phase-remove')).toBeNull();
      expect(closedWith).toEqual([false, false]);
    });
  });

  const ROLES = [
    { __typename: 'Role', id: 'r1', key: 'PROJECT_MANAGER', name: 'Project manager' },
    { __typename: 'Role', id: 'r2', key: 'BUSINESS_ANALYST', name: 'Business analyst' },
  ];
  const flushRoles = () => apollo.expectOne('PlanningRoles').flushData({ roles: ROLES });

  describe('milestone', () => {
    it('greys out completed phases for an open milestone, and sends no phase when only the name changes', async () => {
      dialogs
        .milestone({ projectId: 'p1', phases, phaseId: 'ph2', milestone: { id: 'm1', name: 'Design sign-off', dueDate: '2027-03-15', status: 'PLANNED', version: 5 } })
        .subscribe((saved) => closedWith.push(saved));
      await settle();
      flushRoles();
      await settle();
      el('milestone-phase')?.click();
      await settle();
      const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
      expect(options.map((o) => [o.textContent?.trim(), o.getAttribute('aria-disabled')])).toEqual([
        ['Needs analysis (completed)', 'true'],
        ['Process redesign', 'false'],
        ['Rollout', 'false'],
      ]);
      // Escape closes the list, not the dialog.
      document.querySelector('.mat-mdc-select-panel')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await settle();

      type('milestone-name', 'Design signed off');
      el('milestone-submit')?.click();
      const update = apollo.expectOne('PlanningUpdateMilestone');
      expect(update.operation.variables['input']).toEqual({ id: 'm1', version: 5, name: 'Design signed off', dueDate: '2027-03-15' });
      update.flushData({ updateMilestone: { __typename: 'Milestone', id: 'm1', name: 'Design signed off', dueDate: '2027-03-15', version: 6, ownerRole: null, phase: { __typename: 'Phase', id: 'ph2' } } });
      await settle(200);
      expect(closedWith).toEqual([true]);
    });

    it('adds a milestone to the phase it was opened from', async () => {
      dialogs.milestone({ projectId: 'p1', phases, phaseId: 'ph3', milestone: null }).subscribe((saved) => closedWith.push(saved));
      await settle();
      flushRoles();
      type('milestone-name', 'Wave 1 live');
      type('milestone-due', '2027-06-01');
      el('milestone-submit')?.click();
      const create = apollo.expectOne('PlanningCreateMilestone');
      expect(create.operation.variables['input']).toEqual({ phaseId: 'ph3', name: 'Wave 1 live', dueDate: '2027-06-01' });
      create.flushData({ createMilestone: { __typename: 'Milestone', id: 'm9', name: 'Wave 1 live', dueDate: '2027-06-01', version: 1, ownerRole: null } });
      await settle(200);
      expect(closedWith).toEqual([true]);
    });

    it('asks for the program’s roles, and says so while they load', async () => {
      dialogs.milestone({ projectId: 'p1', phases, phaseId: 'ph3', milestone: null }).subscribe((saved) => closedWith.push(saved));
      await settle();
      expect(document.body.textContent).toContain('Loading the program’s roles…');
      const roles = apollo.expectOne('PlanningRoles');
      expect(roles.operation.variables).toEqual({ projectId: 'p1' });
      roles.flushData({ roles: ROLES });
      await settle();
      expect(document.body.textContent).toContain('Whoever holds this role is told 3 days before the due date');
    });

    it('hands the reminders back to the project manager with null', async () => {
      dialogs
        .milestone({ projectId: 'p1', phases, phaseId: 'ph2', milestone: { id: 'm1', name: 'Design sign-off', dueDate: '2027-03-15', status: 'PLANNED', version: 5, ownerRole: { key: 'BUSINESS_ANALYST' } } })
        .subscribe((saved) => closedWith.push(saved));
      await settle();
      flushRoles();
      await settle();
      (el('milestone-owner-role') as HTMLElement).click();
      await settle();
      const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
      expect(options.map((o) => o.textContent?.trim())).toEqual(['Project manager (default)', 'Business analyst']);
      options[0].click();
      await settle();
      el('milestone-submit')?.click();
      const update = apollo.expectOne('PlanningUpdateMilestone');
      expect(update.operation.variables['input']).toEqual({ id: 'm1', version: 5, name: 'Design sign-off', dueDate: '2027-03-15', ownerRoleKey: null });
      update.flushData({ updateMilestone: { __typename: 'Milestone', id: 'm1', name: 'Design sign-off', dueDate: '2027-03-15', version: 6, ownerRole: null, phase: { __typename: 'Phase', id: 'ph2' } } });
      await settle(200);
      expect(closedWith).toEqual([true]);
    });
  });

  describe('exit criterion', () => {
    const flushGateOptions = () =>
      apollo.expectOne('PlanningGateOptions').flushData({
        roles: [{ __typename: 'Role', id: 'r1', key: 'EXECUTIVE_SPONSOR', name: 'Executive sponsor' }],
        rolloutWaves: [{ __typename: 'RolloutWave', id: 'w1', name: 'Nordics' }],
        kpis: [{ __typename: 'Kpi', id: 'k1', key: 'USER_ADOPTION', name: 'User adoption', unit: '%', target: 85 }],
      });

    it('adds a criterion with Enter and refuses an empty one', async () => {
      dialogs.exitCriterion({ projectId: 'p1', phaseId: 'ph2', phaseName: 'Process redesign', criterion: null }).subscribe((saved) => closedWith.push(saved));
      await settle();
      flushGateOptions();
      await settle();
      expect(document.querySelector('mat-dialog-container')?.textContent).toContain('before “Process redesign” can be completed');
      const label = el<HTMLTextAreaElement>('criterion-label') as HTMLTextAreaElement;
      label.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await settle();
      expect(el('error-label')?.textContent).toContain('Say what must be true before the phase can close.');
      apollo.expectNone('PlanningAddExitCriterion');

      type('criterion-label', '  To-be processes validated by the process owners ');
      label.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      const add = apollo.expectOne('PlanningAddExitCriterion');
      expect(add.operation.variables['input']).toEqual({ phaseId: 'ph2', label: 'To-be processes validated by the process owners', rule: null, signOffRoleKey: null });
      add.flushData({ addExitCriterion: { __typename: 'ExitCriterion', id: 'c9', label: 'To-be processes validated by the process owners', done: false, version: 1 } });
      await settle(200);
      expect(closedWith).toEqual([true]);
    });

    it('makes a criterion a KPI rule with a threshold and a sponsor’s sign-off, worded by the rule until someone writes one', async () => {
      dialogs.exitCriterion({ projectId: 'p1', phaseId: 'ph5', phaseName: 'Training', criterion: null }).subscribe((saved) => closedWith.push(saved));
      await settle();
      flushGateOptions();
      await settle();
      const pick = async (testId: string, text: string) => {
        el(testId)?.click();
        await settle();
        [...document.querySelectorAll<HTMLElement>('mat-option')].find((o) => o.textContent?.trim() === text)?.click();
        await settle(200);
      };
      await pick('criterion-checked-by', 'The KPI has reached its target');
      expect((el<HTMLTextAreaElement>('criterion-label') as HTMLTextAreaElement).value).toBe('The KPI has reached its target');
      expect(el('criterion-wave')).toBeNull();
      await pick('criterion-kpi', 'User adoption');
      expect(document.body.textContent).toContain('Leave empty for the KPI’s target (85 %).');
      type('criterion-threshold', '60,5');
      type('criterion-label', 'Adoption past sixty percent');
      await pick('criterion-sign-off-role', 'Signed off by Executive sponsor');
      el('criterion-submit')?.click();
      const add = apollo.expectOne('PlanningAddExitCriterion');
      expect(add.operation.variables['input']).toEqual({
        phaseId: 'ph5',
        label: 'Adoption past sixty percent',
        rule: { kind: 'KPI_AT_THRESHOLD', waveId: null, kpiKey: 'USER_ADOPTION', threshold: 60.5 },
        signOffRoleKey: 'EXECUTIVE_SPONSOR',
      });
      add.flushData({ addExitCriterion: { __typename: 'ExitCriterion', id: 'c9', label: 'Adoption past sixty percent', done: false, version: 1, kind: 'RULE' } });
      await settle(200);
      expect(closedWith).toEqual([true]);
    });

    it('removes a criterion after the confirmation and sends nothing when the user cancels', async () => {
      dialogs
        .exitCriterion({ projectId: 'p1', phaseId: 'ph2', phaseName: 'Process redesign', criterion: { id: 'c1', label: 'Processes signed off', version: 3 } })
        .subscribe((saved) => closedWith.push(saved));
      await settle();
      flushGateOptions();
      await settle();
      el('criterion-remove')?.click();
      await settle();
      apollo.expectOne('RemovalImpact').flushData({
        removalImpact: { __typename: 'RemovalImpact', id: 'c1', kind: 'ExitCriterion', title: 'Processes signed off', refusal: null, removedWithIt: [], unlinked: [], blockers: [] },
      });
      await settle();
      el('confirm-cancel')?.click();
      await settle(300);
      apollo.expectNone('DeleteExitCriterion');
      expect(el('criterion-remove')).not.toBeNull();

      el('criterion-remove')?.click();
      await settle();
      apollo.expectOne('RemovalImpact').flushData({
        removalImpact: { __typename: 'RemovalImpact', id: 'c1', kind: 'ExitCriterion', title: 'Processes signed off', refusal: null, removedWithIt: [], unlinked: [], blockers: [] },
      });
      await settle();
      el('confirm-ok')?.click();
      await settle(300);
      apollo.expectOne('DeleteExitCriterion').flushData({
        deleteExitCriterion: { __typename: 'TrashEntry', id: 'e2', kind: 'ExitCriterion', recordId: 'c1', title: 'Processes signed off' },
      });
      await settle(300);
      expect(closedWith).toEqual([false]);
    });
  });

  describe('milestone removal', () => {
    it('says which tasks lose the milestone', async () => {
      dialogs
        .milestone({ projectId: 'p1', phases, phaseId: 'ph2', milestone: { id: 'm1', name: 'Design sign-off', dueDate: '2027-03-15', status: 'PLANNED', version: 5 } })
        .subscribe((saved) => closedWith.push(saved));
      await settle();
      flushRoles();
      el('milestone-remove')?.click();
      await settle();
      apollo.expectOne('RemovalImpact').flushData({
        removalImpact: {
          __typename: 'RemovalImpact', id: 'm1', kind: 'Milestone', title: 'Design sign-off', refusal: null,
          removedWithIt: [], unlinked: [{ __typename: 'DependantCount', kind: 'Task', count: 2 }], blockers: [],
        },
      });
      await settle();
      expect(document.body.textContent).toContain('Unlinked: 2 tasks lose this milestone.');
    });
  });
});
