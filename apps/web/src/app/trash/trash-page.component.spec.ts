import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { TrashPageComponent } from './trash-page.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function entry(id: string, kind: string, title: string, removedAt: string, removedByName: string | null = 'Dana Owner') {
  return { __typename: 'TrashEntry', id, kind, recordId: `rec-${id}`, title, removedAt, removedByName, restorableUntil: '2026-12-31T10:00:00.000Z' };
}

describe('TrashPageComponent', () => {
  let fixture: ComponentFixture<TrashPageComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection()] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(TrashPageComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    await fixture.whenStable();
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    apollo.verify();
  });

  async function settle(ms = 0): Promise<void> {
    await wait(ms);
    await TestBed.inject(ApplicationRef).whenStable();
  }

  function answer(permission: string, trash: unknown[]): void {
    const op = apollo.expectOne('Trash');
    expect(op.operation.variables).toEqual({ projectId: 'p1' });
    op.flushData({ project: { __typename: 'Project', id: 'p1', myPermission: permission }, trash });
  }

  const el = () => fixture.nativeElement as HTMLElement;
  const all = (id: string) => [...el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('shows that it is loading, then says when nothing was removed', async () => {
    expect(el().querySelector('[data-testid="trash-loading"]')).not.toBeNull();
    answer('EDITOR', []);
    await settle();

    expect(text(el().querySelector('[data-testid="trash-empty"]'))).toContain('Nothing removed in the last 30 days');
  });

  it('lists what was removed newest first with its kind, who removed it and until when it can come back', async () => {
    answer('EDITOR', [
      entry('e1', 'Risk', 'Data loss', '2026-12-01T09:00:00.000Z'),
      entry('e2', 'Milestone', 'Go-live', '2026-12-01T11:00:00.000Z', null),
    ]);
    await settle();

    const rows = all('trash-entry');
    expect(rows.map((r) => text(r.querySelector('[data-testid="trash-title"]')))).toEqual(['Go-live', 'Data loss']);
    expect(rows.map((r) => text(r.querySelector('[data-testid="trash-kind"]')))).toEqual(['Milestone', 'Risk']);
    expect(text(rows[1])).toContain('by Dana Owner');
    expect(text(rows[0])).not.toContain(' by ');
    expect(text(rows[0].querySelector('[data-testid="trash-until"]'))).toContain('2026');
    expect(all('trash-restore')).toHaveLength(2);
  });

  it('offers no restore to someone who may only view the program', async () => {
    answer('VIEWER', [entry('e1', 'Risk', 'Data loss', '2026-12-01T09:00:00.000Z')]);
    await settle();

    expect(all('trash-entry')).toHaveLength(1);
    expect(all('trash-restore')).toHaveLength(0);
  });

  it('restores a record, says so and loads the trash again without it', async () => {
    answer('EDITOR', [entry('e1', 'Risk', 'Data loss', '2026-12-01T09:00:00.000Z')]);
    await settle();

    all('trash-restore')[0].click();
    await settle();
    const restore = apollo.expectOne('RestoreRisk');
    expect(restore.operation.variables).toEqual({ input: { id: 'rec-e1' } });
    restore.flushData({ restoreRisk: { __typename: 'RestoredRecord', kind: 'Risk', id: 'rec-e1', title: 'Data loss' } });
    await settle();

    expect(text(el().querySelector('[data-testid="trash-notice"]'))).toContain('Restored “Data loss”');
    answer('EDITOR', []);
    await settle();
    expect(all('trash-entry')).toHaveLength(0);
  });

  it('says plainly to restore the parent first when what it belonged to is removed too', async () => {
    answer('EDITOR', [entry('e1', 'Task', 'Migrate accounts', '2026-12-01T09:00:00.000Z')]);
    await settle();

    all('trash-restore')[0].click();
    await settle();
    apollo.expectOne('RestoreTask').graphqlErrors([new GraphQLError('x', { extensions: { code: 'INVALID_STATE', state: 'PARENT_REMOVED' } })]);
    await settle();

    expect(text(el().querySelector('[data-testid="trash-problem"]'))).toContain(
      '“Migrate accounts” belonged to something that was removed after it. Restore that first from the trash, then this.',
    );
    expect(all('trash-entry')).toHaveLength(1);
  });

  it('says a clash with a newer record plainly, without blaming a stale page', async () => {
    answer('EDITOR', [entry('e1', 'Milestone', 'Go-live', '2026-12-01T09:00:00.000Z')]);
    await settle();

    all('trash-restore')[0].click();
    await settle();
    apollo.expectOne('RestoreMilestone').graphqlErrors([new GraphQLError('x', { extensions: { code: 'CONFLICT' } })]);
    await settle();

    const problem = text(el().querySelector('[data-testid="trash-problem"]'));
    expect(problem).toContain('cannot come back as it was: something with the same name or place was added since it was removed');
    expect(problem).not.toMatch(/someone else changed/i);
  });

  it('says when the trash could not be loaded', async () => {
    apollo.expectOne('Trash').networkError(new Error('offline'));
    await settle();

    expect(el().querySelector('[data-testid="trash-error"]')).not.toBeNull();
  });
});
