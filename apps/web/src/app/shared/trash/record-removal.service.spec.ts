import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { RecordRemoval, RemovalEvent } from './record-removal.service';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RecordRemoval', () => {
  let apollo: ApolloTestingController;
  let removal: RecordRemoval;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection()] });
    apollo = TestBed.inject(ApolloTestingController);
    removal = TestBed.inject(RecordRemoval);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    TestBed.inject(MatSnackBar).dismiss();
    apollo.verify();
  });

  async function settle(ms = 0): Promise<void> {
    await wait(ms);
    await TestBed.inject(ApplicationRef).whenStable();
  }

  const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const dialogText = () => document.querySelector('mat-dialog-container')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  const milestone = { id: 'm1', version: 4, title: 'Go-live' };
  const impact = (fields: Partial<Record<'refusal' | 'removedWithIt' | 'unlinked' | 'blockers', unknown>>) => ({
    removalImpact: { __typename: 'RemovalImpact', id: 'm1', kind: 'Milestone', title: 'Go-live', refusal: null, removedWithIt: [], unlinked: [], blockers: [], ...fields },
  });
  const counts = (...pairs: [string, number][]) => pairs.map(([kind, count]) => ({ __typename: 'DependantCount', kind, count }));

  it('says a person leaves the directory of every program, not only this one', async () => {
    removal.remove('Person', { id: 'p1', version: 2, title: 'Ana Lyst' }).subscribe();
    apollo.expectOne('RemovalImpact').flushData({
      removalImpact: { __typename: 'RemovalImpact', id: 'p1', kind: 'Person', title: 'Ana Lyst', refusal: null, removedWithIt: counts(['RoleAssignment', 2]), unlinked: [], blockers: [] },
    });
    await settle();
    expect(dialogText()).toContain('Also removed with it: 2 role assignments.');
    expect(dialogText()).toContain('leaves the people directory of every program they work in');
    byTestId('confirm-cancel')?.click();
    await settle(300);
  });

  it('asks with what goes along and what is unlinked, removes on confirm and offers an Undo that restores', async () => {
    const answers: boolean[] = [];
    const removed: RemovalEvent[] = [];
    const restored: RemovalEvent[] = [];
    removal.removed$.subscribe((e) => removed.push(e));
    removal.restored$.subscribe((e) => restored.push(e));

    removal.remove('Milestone', milestone).subscribe((a) => answers.push(a));
    const asked = apollo.expectOne('RemovalImpact');
    expect(asked.operation.variables).toEqual({ kind: 'Milestone', id: 'm1' });
    asked.flushData(impact({ removedWithIt: counts(['ExitCriterion', 3], ['TaskDependency', 1]), unlinked: counts(['Task', 2]) }));
    await settle();

    expect(dialogText()).toContain(
      'Remove “Go-live”? Also removed with it: 3 exit criteria and 1 dependency link. Unlinked: 2 tasks lose this milestone. You can restore it all from the program’s trash for 30 days.',
    );
    byTestId('confirm-ok')?.click();
    await settle(300);

    const deleted = apollo.expectOne('DeleteMilestone');
    expect(deleted.operation.variables).toEqual({ input: { id: 'm1', version: 4 } });
    deleted.flushData({ deleteMilestone: { __typename: 'TrashEntry', id: 'e1', kind: 'Milestone', recordId: 'm1', title: 'Go-live' } });
    await settle();

    expect(answers).toEqual([true]);
    expect(removed).toEqual([{ kind: 'Milestone', id: 'm1' }]);
    const bar = document.querySelector('.mat-mdc-snack-bar-container');
    expect(bar?.textContent).toContain('Removed “Go-live”');

    bar?.querySelector<HTMLButtonElement>('button')?.click();
    await settle(300);
    const restore = apollo.expectOne('RestoreMilestone');
    expect(restore.operation.variables).toEqual({ input: { id: 'm1' } });
    restore.flushData({ restoreMilestone: { __typename: 'RestoredRecord', kind: 'Milestone', id: 'm1', title: 'Go-live' } });
    await settle();
    expect(restored).toEqual([{ kind: 'Milestone', id: 'm1' }]);
  });

  it('removes nothing when the user cancels', async () => {
    const answers: boolean[] = [];
    removal.remove('Risk', { id: 'r1', version: 1, title: 'Data loss' }).subscribe((a) => answers.push(a));
    apollo.expectOne('RemovalImpact').flushData(impact({}));
    await settle();

    expect(dialogText()).toContain('Remove “Data loss”? You can restore it from the program’s trash for 30 days.');
    byTestId('confirm-cancel')?.click();
    await settle(300);

    apollo.expectNone('DeleteRisk');
    expect(answers).toEqual([false]);
  });

  it('a refused removal says why, offers no remove button and removes nothing', async () => {
    const answers: boolean[] = [];
    removal.remove('Role', { id: 'ro1', version: 1, title: 'Sponsor' }).subscribe((a) => answers.push(a));
    apollo.expectOne('RemovalImpact').flushData(impact({ refusal: 'The standard roles are used by the program’s rules; only roles you added can be removed.' }));
    await settle();

    expect(dialogText()).toContain('“Sponsor” cannot be removed');
    expect(dialogText()).toContain('only roles you added can be removed');
    expect(byTestId('confirm-ok')).toBeNull();
    byTestId('removal-notice-close')?.click();
    await settle(300);
    expect(answers).toEqual([false]);
  });

  it('a record still in use names what uses it and what to do', async () => {
    removal.remove('Role', { id: 'ro2', version: 1, title: 'Data steward' }).subscribe();
    apollo.expectOne('RemovalImpact').flushData(impact({ blockers: counts(['Task', 4], ['Process', 1]) }));
    await settle();

    expect(dialogText()).toContain('This role is still used by 4 tasks and 1 process. Change or remove those first, then remove it.');
    expect(byTestId('confirm-ok')).toBeNull();
  });

  it('a stale version on removal says someone else changed it', async () => {
    const answers: boolean[] = [];
    removal.remove('Risk', { id: 'r1', version: 1, title: 'Data loss' }).subscribe((a) => answers.push(a));
    apollo.expectOne('RemovalImpact').flushData(impact({}));
    await settle();
    byTestId('confirm-ok')?.click();
    await settle(300);
    apollo.expectOne('DeleteRisk').graphqlErrors([new GraphQLError('Changed', { extensions: { code: 'CONFLICT' } })]);
    await settle();

    expect(dialogText()).toContain('Someone else changed this risk since you opened it.');
    byTestId('removal-notice-close')?.click();
    await settle(300);
    expect(answers).toEqual([false]);
  });

  it('restoring something whose parent is gone says to restore the parent first', async () => {
    const answers: boolean[] = [];
    removal.restore('Task', 't1', 'Migrate accounts').subscribe((a) => answers.push(a));
    apollo.expectOne('RestoreTask').graphqlErrors([new GraphQLError('x', { extensions: { code: 'INVALID_STATE', state: 'PARENT_REMOVED' } })]);
    await settle();

    expect(dialogText()).toContain('Could not restore “Migrate accounts”');
    expect(dialogText()).toContain('This task belonged to something that was removed after it. Restore that first from the trash, then this.');
    byTestId('removal-notice-close')?.click();
    await settle(300);
    expect(answers).toEqual([false]);
  });
});
