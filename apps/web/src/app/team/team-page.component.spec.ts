import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { TeamPageComponent } from './team-page.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const person = (id: string, name: string) => ({
  __typename: 'Person',
  id,
  name,
  email: `${id}@example.com`,
  department: id === 'ana' ? 'Sales' : null,
  businessUnit: id === 'ana' ? 'EMEA' : null,
  capacityHoursPerWeek: 40,
  version: 3,
});
const ana = person('ana', 'Ana Ortiz');
const bo = person('bo', 'Bo Chen');

function teamPage(permission: 'EDITOR' | 'VIEWER' = 'EDITOR') {
  return {
    project: { __typename: 'Project', id: 'p1', myPermission: permission },
    team: {
      __typename: 'Team',
      roles: [
        {
          __typename: 'Role',
          id: 'r-ba',
          key: 'BUSINESS_ANALYST',
          name: 'Business analyst',
          description: 'Captures how the business works today and what it needs.',
          custom: false,
          holders: [
            { __typename: 'RoleAssignment', id: 'ra-bo', allocationPercent: 40, primary: false, version: 2, person: bo },
            { __typename: 'RoleAssignment', id: 'ra-ana', allocationPercent: 80, primary: true, version: 1, person: ana },
          ],
          primaryHolder: { __typename: 'Person', id: 'ana', name: 'Ana Ortiz' },
          waveHolders: [],
        },
        {
          __typename: 'Role',
          id: 'r-tr',
          key: 'TRAINER',
          name: 'Trainer',
          description: 'Prepares and runs training sessions.',
          custom: false,
          holders: [],
          primaryHolder: null,
          // Nordics has its own trainer; Benelux has nobody, with two open trainer tasks.
          waveHolders: [
            { __typename: 'RoleAssignment', id: 'ra-bo-nordics', allocationPercent: 20, primary: true, version: 1, waveId: 'w-nordics', person: bo },
          ],
        },
      ],
      unfilledRoles: [{ __typename: 'Role', id: 'r-tr', key: 'TRAINER', name: 'Trainer' }],
      overAllocated: [{ __typename: 'OverAllocation', person: { __typename: 'Person', id: 'ana', name: 'Ana Ortiz' }, totalPercent: 130 }],
      openWaveWork: [{ __typename: 'WaveRoleWork', roleId: 'r-tr', waveId: 'w-benelux', openTaskCount: 2 }],
    },
    rolloutWaves: [
      { __typename: 'RolloutWave', id: 'w-nordics', name: 'Nordics', goLiveDate: '2030-06-01' },
      { __typename: 'RolloutWave', id: 'w-benelux', name: 'Benelux', goLiveDate: '2030-09-01' },
    ],
  };
}

describe('TeamPageComponent', () => {
  let fixture: ComponentFixture<TeamPageComponent>;
  let apollo: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection()] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(TeamPageComponent);
    fixture.componentRef.setInput('projectId', 'p1');
  });

  afterEach(() => apollo.verify());

  async function settle(ms = 0): Promise<void> {
    await wait(ms);
    await fixture.whenStable();
    // The removal's confirmation and its snackbar live outside the page's fixture.
    await TestBed.inject(ApplicationRef).whenStable();
  }

  async function load(permission: 'EDITOR' | 'VIEWER' = 'EDITOR'): Promise<void> {
    await fixture.whenStable();
    const request = apollo.expectOne('TeamPage');
    expect(request.operation.variables).toEqual({ projectId: 'p1' });
    request.flushData(teamPage(permission));
    await settle();
  }

  function page(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function row(key: string): HTMLElement {
    return page().querySelector<HTMLElement>(`[data-testid="team-role-row"][data-role-key="${key}"]`) as HTMLElement;
  }

  function type(input: HTMLInputElement, value: string): void {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('shows each role with its holders, the primary holder first and starred', async () => {
    await load();

    const chips = [...row('BUSINESS_ANALYST').querySelectorAll<HTMLElement>('[data-testid="holder-chip"]')];
    expect(chips.map((chip) => chip.dataset['personId'])).toEqual(['ana', 'bo']);
    expect(chips[0].textContent).toContain('★');
    expect(chips[0].textContent).toContain('80%');
    expect(chips[0].querySelector('[data-testid="make-primary"]')).toBeNull();
    expect(chips[1].querySelector('[data-testid="make-primary"]')).not.toBeNull();
  });

  it('warns about roles nobody holds and people booked past their capacity', async () => {
    await load();

    expect(row('TRAINER').textContent).toContain('Nobody holds this role — its tasks are unowned.');
    expect(page().querySelector('[data-testid="unfilled-roles"]')?.textContent).toContain('Trainer');
    expect(page().querySelector('[data-testid="over-allocation"]')?.textContent).toContain(
      'Ana Ortiz is booked at 130% across active programs.',
    );
  });

  it('makes someone primary, reloads the team and says the role’s tasks moved', async () => {
    await load();

    row('BUSINESS_ANALYST').querySelector<HTMLButtonElement>('[data-person-id="bo"] [data-testid="make-primary"]')?.click();
    const update = apollo.expectOne('TeamUpdateAssignment');
    expect(update.operation.variables).toEqual({ input: { id: 'ra-bo', version: 2, primary: true } });
    update.flushData({ updateRoleAssignment: { __typename: 'RoleAssignment', id: 'ra-bo', allocationPercent: 40, primary: true, version: 3 } });
    await settle();

    apollo.expectOne('TeamPage').flushData(teamPage());
    await settle();
    expect(page().querySelector('[data-testid="team-notice"]')?.textContent).toContain(
      'Bo Chen is now the primary holder of Business analyst. The role’s tasks without their own assignee moved to Bo Chen.',
    );
  });

  it('assigns someone found in the directory, as primary of a role nobody holds', async () => {
    await load();

    row('TRAINER').querySelector<HTMLButtonElement>('[data-testid="assign-role"]')?.click();
    await settle();
    expect(row('TRAINER').querySelector<HTMLInputElement>('[data-testid="assign-primary"] input')?.checked).toBe(true);

    const who = row('TRAINER').querySelector<HTMLInputElement>('[data-testid="assign-person-input"]') as HTMLInputElement;
    who.dispatchEvent(new Event('focusin'));
    type(who, 'Bo');
    await settle(300);
    const search = apollo.expectOne('TeamPeopleSearch');
    expect(search.operation.variables).toEqual({ search: 'Bo', first: 10 });
    search.flushData({ people: [{ ...bo, department: 'Sales' }] });
    await settle();
    document.querySelector<HTMLElement>('mat-option')?.click();
    await settle();

    type(row('TRAINER').querySelector<HTMLInputElement>('[data-testid="assign-allocation"]') as HTMLInputElement, '60');
    row('TRAINER').querySelector<HTMLButtonElement>('[data-testid="assign-submit"]')?.click();
    await settle();

    const assign = apollo.expectOne('TeamAssignRole');
    expect(assign.operation.variables).toEqual({
      input: { projectId: 'p1', roleKey: 'TRAINER', personId: 'bo', allocationPercent: 60, primary: true },
    });
    assign.flushData({ assignRole: { __typename: 'RoleAssignment', id: 'ra-new' } });
    await settle();
    apollo.expectOne('TeamPage').flushData(teamPage());
    await settle();
    expect(page().querySelector('[data-testid="team-notice"]')?.textContent).toContain('Bo Chen is now the primary holder of Trainer.');
  });

  it('asks for a person picked from the list before assigning', async () => {
    await load();

    row('TRAINER').querySelector<HTMLButtonElement>('[data-testid="assign-role"]')?.click();
    await settle();
    row('TRAINER').querySelector<HTMLButtonElement>('[data-testid="assign-submit"]')?.click();
    await settle();

    expect(row('TRAINER').textContent).toContain('Choose someone from the list.');
    apollo.expectNone('TeamAssignRole');
  });

  it('shows the directory’s objection next to the email of a new person', async () => {
    await load();

    page().querySelector<HTMLButtonElement>('[data-testid="add-person"]')?.click();
    await settle();
    type(document.querySelector<HTMLInputElement>('[data-testid="person-name"]') as HTMLInputElement, 'Cy Diaz');
    type(document.querySelector<HTMLInputElement>('[data-testid="person-email"]') as HTMLInputElement, 'ana@example.com');
    document.querySelector<HTMLButtonElement>('[data-testid="person-submit"]')?.click();
    await settle();

    const create = apollo.expectOne('PeopleCreatePerson');
    expect(create.operation.variables['input']).toMatchObject({ name: 'Cy Diaz', email: 'ana@example.com', capacityHoursPerWeek: 40 });
    create.graphqlErrors([
      {
        message: 'email: Someone in the directory already has this email.',
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email', message: 'Someone in the directory already has this email.' }] },
      },
    ]);
    await settle();

    expect(document.querySelector('[data-testid="error-email"]')?.textContent?.trim()).toBe(
      'Someone in the directory already has this email.',
    );
  });

  it('lists each person holding a role once, with their roles, place and weekly hours', async () => {
    await load();

    const people = [...page().querySelectorAll<HTMLElement>('[data-testid="team-person"]')];
    expect(people.map((entry) => entry.dataset['personId'])).toEqual(['ana', 'bo']);
    expect(people[0].textContent).toContain('Sales · EMEA');
    expect(people[0].textContent).toContain('Business analyst 80% (primary)');
    expect(people[1].textContent).toContain('No department or business unit given');
    expect(people[1].querySelector('[data-testid="team-person-capacity"]')?.textContent).toContain('40 h a week');
  });

  function editPerson(id: string): void {
    page().querySelector<HTMLButtonElement>(`[data-testid="team-person"][data-person-id="${id}"] [data-testid="edit-person"]`)?.click();
  }

  it('corrects a person’s details under the version it read, then loads the team again', async () => {
    await load();

    editPerson('ana');
    await settle();
    expect(document.querySelector('.mat-mdc-dialog-title')?.textContent).toContain('Edit Ana Ortiz');
    const department = document.querySelector<HTMLInputElement>('[data-testid="person-department"]') as HTMLInputElement;
    expect(department.value).toBe('Sales');
    type(document.querySelector<HTMLInputElement>('[data-testid="person-name"]') as HTMLInputElement, 'Ana Ortiz-Reyes');
    type(department, 'Service');
    type(document.querySelector<HTMLInputElement>('[data-testid="person-business-unit"]') as HTMLInputElement, '  ');
    type(document.querySelector<HTMLInputElement>('[data-testid="person-capacity"]') as HTMLInputElement, '24');
    document.querySelector<HTMLButtonElement>('[data-testid="person-submit"]')?.click();
    await settle();

    const update = apollo.expectOne('PeopleUpdatePerson');
    expect(update.operation.variables['input']).toEqual({
      id: 'ana',
      version: 3,
      name: 'Ana Ortiz-Reyes',
      email: 'ana@example.com',
      department: 'Service',
      businessUnit: null,
      capacityHoursPerWeek: 24,
    });
    update.flushData({
      updatePerson: { ...ana, name: 'Ana Ortiz-Reyes', department: 'Service', businessUnit: null, capacityHoursPerWeek: 24, version: 4 },
    });
    await settle(300);

    expect(document.querySelector('[data-testid="person-name"]')).toBeNull();
    apollo.expectOne('TeamPage').flushData(teamPage());
    await settle();
    expect(page().querySelector('[data-testid="team-notice"]')?.textContent).toContain('Saved Ana Ortiz-Reyes’s details.');
  });

  it('refuses an empty name and a capacity past 80 hours before anything is sent', async () => {
    await load();

    editPerson('bo');
    await settle();
    type(document.querySelector<HTMLInputElement>('[data-testid="person-name"]') as HTMLInputElement, '');
    type(document.querySelector<HTMLInputElement>('[data-testid="person-capacity"]') as HTMLInputElement, '90');
    document.querySelector<HTMLButtonElement>('[data-testid="person-submit"]')?.click();
    await settle();

    expect(document.querySelector('[data-testid="error-name"]')?.textContent?.trim()).toBe('Enter the person’s name.');
    expect(document.querySelector('[data-testid="error-capacityHoursPerWeek"]')?.textContent?.trim()).toBe('Give at most 80 hours a week.');
    apollo.expectNone('PeopleUpdatePerson');
  });

  it('says someone else changed the person meanwhile and offers to load the team again', async () => {
    await load();

    editPerson('bo');
    await settle();
    type(document.querySelector<HTMLInputElement>('[data-testid="person-department"]') as HTMLInputElement, 'Finance');
    document.querySelector<HTMLButtonElement>('[data-testid="person-submit"]')?.click();
    await settle();
    apollo.expectOne('PeopleUpdatePerson').graphqlErrors([{ message: 'Stale version.', extensions: { code: 'CONFLICT' } }]);
    await settle();

    expect(document.querySelector('[data-testid="person-form-problem"]')?.textContent).toContain(
      'Someone else changed this person since you opened it.',
    );
    document.querySelector<HTMLButtonElement>('[data-testid="person-reload"]')?.click();
    await settle(300);

    expect(document.querySelector('[data-testid="person-name"]')).toBeNull();
    apollo.expectOne('TeamPage').flushData(teamPage());
  });

  /** The team with a role of the program's own, held by Bo. */
  function withCustomRole() {
    const data = teamPage();
    const steward = {
      __typename: 'Role',
      id: 'r-ds',
      key: 'CUSTOM_DATA_STEWARD',
      name: 'Data steward',
      description: 'Keeps the customer master data clean.',
      custom: true,
      holders: [{ __typename: 'RoleAssignment', id: 'ra-bo-ds', allocationPercent: 20, primary: true, version: 5, person: bo }],
      primaryHolder: { __typename: 'Person', id: 'bo', name: 'Bo Chen' },
      waveHolders: [],
    };
    return { ...data, team: { ...data.team, roles: [...data.team.roles, steward] } };
  }

  function removalImpact(kind: string, id: string, title: string, removedWithIt: { kind: string; count: number }[] = []) {
    return {
      removalImpact: {
        __typename: 'RemovalImpact',
        id,
        kind,
        title,
        refusal: null,
        removedWithIt: removedWithIt.map((c) => ({ __typename: 'DependantCount', ...c })),
        unlinked: [],
        blockers: [],
      },
    };
  }

  it('removes a custom role after saying who loses it, and loads the team again; standard roles cannot be removed', async () => {
    await fixture.whenStable();
    apollo.expectOne('TeamPage').flushData(withCustomRole());
    await settle();

    expect(row('BUSINESS_ANALYST').querySelector('[data-testid="remove-role"]')).toBeNull();
    expect(row('TRAINER').querySelector('[data-testid="remove-role"]')).toBeNull();
    const remove = row('CUSTOM_DATA_STEWARD').querySelector<HTMLButtonElement>('[data-testid="remove-role"]');
    expect(remove?.getAttribute('aria-label')).toBe('Remove the role Data steward');
    remove?.click();
    await settle();

    const impact = apollo.expectOne('RemovalImpact');
    expect(impact.operation.variables).toEqual({ kind: 'Role', id: 'r-ds' });
    impact.flushData(removalImpact('Role', 'r-ds', 'Data steward', [{ kind: 'RoleAssignment', count: 1 }]));
    await settle();
    expect(document.querySelector('crm-confirm-dialog')?.textContent).toContain('Remove “Data steward”? Also removed with it: 1 role assignment.');
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-ok"]')?.click();
    await settle(300);

    const deleted = apollo.expectOne('DeleteRole');
    expect(deleted.operation.variables).toEqual({ input: { id: 'r-ds', version: 1 } });
    deleted.flushData({ deleteRole: { __typename: 'TrashEntry', id: 't1', kind: 'Role', recordId: 'r-ds', title: 'Data steward' } });
    await settle();
    apollo.expectOne('TeamPage').flushData(teamPage());
    await settle();
    expect(page().querySelector('[data-testid="team-role-row"][data-role-key="CUSTOM_DATA_STEWARD"]')).toBeNull();
  });

  it('takes someone off a role under the version it read and says who owns the role’s tasks now', async () => {
    await load();

    row('BUSINESS_ANALYST').querySelector<HTMLButtonElement>('[data-person-id="ana"] [data-testid="remove-holder"]')?.click();
    await settle();
    const impact = apollo.expectOne('RemovalImpact');
    expect(impact.operation.variables).toEqual({ kind: 'RoleAssignment', id: 'ra-ana' });
    impact.flushData(removalImpact('RoleAssignment', 'ra-ana', 'Ana Ortiz as Business analyst'));
    await settle();
    document.querySelector<HTMLButtonElement>('[data-testid="confirm-ok"]')?.click();
    await settle(300);

    const deleted = apollo.expectOne('DeleteRoleAssignment');
    expect(deleted.operation.variables).toEqual({ input: { id: 'ra-ana', version: 1 } });
    deleted.flushData({
      deleteRoleAssignment: { __typename: 'TrashEntry', id: 't2', kind: 'RoleAssignment', recordId: 'ra-ana', title: 'Ana Ortiz as Business analyst' },
    });
    await settle();
    apollo.expectOne('TeamPage').flushData(teamPage());
    await settle();
    expect(page().querySelector('[data-testid="team-notice"]')?.textContent).toContain('Ana Ortiz no longer holds Business analyst. The role has no primary holder now');
  });

  it('shows viewers the team without any way to change it', async () => {
    await load('VIEWER');

    expect(page().querySelectorAll('[data-testid="team-role-row"]')).toHaveLength(2);
    expect(page().querySelector('[data-testid="assign-role"]')).toBeNull();
    expect(page().querySelector('[data-testid="make-primary"]')).toBeNull();
    expect(page().querySelector('[data-testid="add-person"]')).toBeNull();
    expect(page().querySelectorAll('[data-testid="team-person"]')).toHaveLength(2);
    expect(page().querySelector('[data-testid="edit-person"]')).toBeNull();
    expect(page().querySelector('[data-testid="remove-person"]')).toBeNull();
    expect(page().querySelector('[data-testid="remove-holder"]')).toBeNull();
  });

  describe('by wave', () => {
    function cell(roleKey: string, waveId: string | null): HTMLElement {
      const cells = [...page().querySelectorAll<HTMLElement>(`[data-testid="wave-matrix"] tr[data-role-key="${roleKey}"] [data-testid="wave-cell"]`)];
      return cells.find((c) => (c.getAttribute('data-wave-id') ?? null) === waveId) as HTMLElement;
    }

    async function byWave(permission: 'EDITOR' | 'VIEWER' = 'EDITOR'): Promise<void> {
      await load(permission);
      page().querySelector<HTMLElement>('[data-testid="view-by-wave"] button')?.click();
      await settle();
    }

    it('shows every role across the program and its waves in go-live order, with the gaps named', async () => {
      await byWave();

      const heads = [...page().querySelectorAll('[data-testid="wave-matrix"] thead th')].map((th) => th.textContent?.trim());
      expect(heads).toEqual(['Role', 'Program-wide', 'Nordics', 'Benelux']);
      expect(cell('BUSINESS_ANALYST', null).textContent).toContain('Ana Ortiz');
      expect(cell('BUSINESS_ANALYST', null).querySelector('[data-testid="wave-cell-others"]')?.textContent).toContain('+1');
      expect(cell('BUSINESS_ANALYST', 'w-nordics').querySelector('[data-testid="wave-cell-fallback"]')?.textContent).toContain('Ana Ortiz');
      expect(cell('TRAINER', 'w-nordics').querySelector('[data-testid="wave-cell-holder"]')?.textContent).toContain('Bo Chen');
      const gap = cell('TRAINER', 'w-benelux');
      expect(gap.querySelector('[data-testid="wave-cell-nobody"]')?.textContent).toContain('Nobody');
      expect(gap.textContent).toContain('2 open tasks');
      expect(gap.querySelector('button .visually-hidden')?.textContent?.trim()).toBe('Trainer in Benelux: nobody, 2 open tasks unowned. Assign someone');
      expect(page().querySelector('[data-testid="wave-gaps"]')?.textContent).toContain('2 places have nobody holding their role: 2 open tasks are unowned there.');
    });

    it('opens the assign dialog on the cell’s wave and assigns there', async () => {
      await byWave();

      cell('TRAINER', 'w-benelux').querySelector('button')?.click();
      await settle();
      const dialog = document.querySelector<HTMLElement>('crm-wave-assign-dialog') as HTMLElement;
      expect(dialog.querySelector('h2')?.textContent).toContain('Assign Trainer');
      expect(dialog.querySelector('[data-testid="assign-wave"]')?.textContent).toContain('Benelux');
      expect(dialog.querySelector<HTMLInputElement>('[data-testid="wave-assign-primary"] input')?.checked).toBe(true);
      // Sent without a person: the dialog asks for one and sends nothing.
      dialog.querySelector<HTMLButtonElement>('[data-testid="wave-assign-submit"]')?.click();
      await settle();
      expect(dialog.textContent).toContain('Choose someone from the list.');
      document.querySelector<HTMLButtonElement>('crm-wave-assign-dialog [mat-dialog-close]')?.click();
      await settle();
    });

    it('lists who holds the role in the cell and makes one of them primary there', async () => {
      await byWave();

      cell('BUSINESS_ANALYST', null).querySelector('button')?.click();
      await settle();
      const holders = [...document.querySelectorAll<HTMLElement>('crm-wave-assign-dialog [data-testid="wave-holder"]')];
      expect(holders.map((h) => h.dataset['personId'])).toEqual(['ana', 'bo']);
      expect(holders[0].textContent).toContain('★ Ana Ortiz · 80%');
      expect(holders[0].querySelector('[data-testid="wave-make-primary"]')).toBeNull();
      expect(holders[1].textContent).toContain('Bo Chen · 40%');
      holders[1].querySelector<HTMLButtonElement>('[data-testid="wave-make-primary"]')?.click();
      await settle();
      const update = apollo.expectOne('TeamUpdateAssignment');
      expect(update.operation.variables).toEqual({ input: { id: 'ra-bo', version: 2, primary: true } });
      update.flushData({ updateRoleAssignment: { __typename: 'RoleAssignment', id: 'ra-bo', allocationPercent: 40, primary: true, version: 3 } });
      await settle();
      apollo.expectOne('TeamPage').flushData(teamPage());
      await settle();
      // The dialog closed itself once the change was under way.
      await firstValueFrom(TestBed.inject(MatDialog).afterAllClosed);
      expect(TestBed.inject(MatDialog).openDialogs).toHaveLength(0);
    });

    it('a viewer reads the matrix but gets no cell to open', async () => {
      await byWave('VIEWER');
      expect(cell('TRAINER', 'w-benelux').querySelector('button')).toBeNull();
      expect(cell('TRAINER', 'w-benelux').textContent).toContain('Nobody');
    });
  });
});
