import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it } from 'vitest';

import { RemovedProgramsComponent } from './removed-programs.component';

const removed = { __typename: 'Project', id: 'p9', name: 'Nordics pilot', crmProduct: 'HubSpot', removedAt: '2027-03-01T10:00:00.000Z' };

describe('RemovedProgramsComponent', () => {
  let fixture: ComponentFixture<RemovedProgramsComponent>;
  let apollo: ApolloTestingController;
  let restored: string[];

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection()] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(RemovedProgramsComponent);
    restored = [];
    fixture.componentInstance.restored.subscribe((id) => restored.push(id));
    await fixture.whenStable();
  });

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
  const byTestId = (id: string) => (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="${id}"]`);

  it('shows nothing while nothing was removed', async () => {
    apollo.expectOne('RemovedProjects').flushData({ removedProjects: [] });
    await settle();
    expect(byTestId('removed-programs')).toBeNull();
  });

  it('lists a removed program with the last day it can be restored, and restores it', async () => {
    apollo.expectOne('RemovedProjects').flushData({ removedProjects: [removed] });
    await settle();
    const text = byTestId('removed-program')?.textContent ?? '';
    expect(text).toContain('Nordics pilot');
    expect(text).toContain('restorable until 31 Mar 2027');

    byTestId('restore-program')?.click();
    const restore = apollo.expectOne('RestoreProject');
    expect(restore.operation.variables).toEqual({ input: { id: 'p9' } });
    restore.flushData({ restoreProject: { __typename: 'Project', id: 'p9' } });
    await settle();
    expect(restored).toEqual(['p9']);
    expect(byTestId('removed-programs')).toBeNull();
  });

  it('says why a restore was refused and shows the list as it is now', async () => {
    apollo.expectOne('RemovedProjects').flushData({ removedProjects: [removed] });
    await settle();
    byTestId('restore-program')?.click();
    apollo.expectOne('RestoreProject').graphqlErrors([new GraphQLError('Not found.', { extensions: { code: 'NOT_FOUND' } })]);
    await settle();
    apollo.expectOne('RemovedProjects').flushData({ removedProjects: [] });
    await settle();
    expect(restored).toEqual([]);
    expect(fixture.nativeElement.textContent).not.toContain('Nordics pilot');
  });
});
