import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { provideUserDates } from '../../shared/dates/user-locale';
import { BaselinesPanelComponent } from './baselines-panel.component';

function baseline(id: string, name: string) {
  return { __typename: 'Baseline', id, name, createdAt: '2027-03-12T09:30:00.000Z', createdBy: { __typename: 'BaselineAuthor', id: 'u1', name: 'Pat Planner' }, itemCount: 12 };
}

function list(baselines: ReturnType<typeof baseline>[], permission = 'EDITOR') {
  return { project: { __typename: 'Project', id: 'p1', myPermission: permission }, baselines };
}

const slipped = {
  __typename: 'BaselineVarianceRow',
  itemType: 'MILESTONE',
  id: 'm1',
  title: 'Pilot live',
  baselineStart: '2027-03-19',
  baselineFinish: '2027-03-19',
  currentStart: '2027-03-24',
  currentFinish: '2027-03-24',
  startVarianceDays: 3,
  finishVarianceDays: 3,
  durationVarianceDays: 0,
  status: 'SLIPPED',
};

describe('BaselinesPanelComponent', () => {
  let fixture: ComponentFixture<BaselinesPanelComponent>;
  let apollo: ApolloTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideUserDates()] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(BaselinesPanelComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    await fixture.whenStable();
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    apollo.verify();
  });

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
  const all = (testId: string) => [...(fixture.nativeElement as HTMLElement).querySelectorAll(`[data-testid="${testId}"]`)];

  it('opens on the newest baseline and shows its variance once loaded', async () => {
    expect(all('baselines-loading')).toHaveLength(1);
    apollo.expectOne('TimelineBaselines').flushData(list([baseline('b2', 'Steering committee 9 April'), baseline('b1', 'Steering committee 12 March')]));
    await settle();
    expect(all('variance-loading')).toHaveLength(1);
    const variance = apollo.expectOne('BaselineVariance');
    expect(variance.operation.variables).toEqual({ baselineId: 'b2' });
    variance.flushData({ baselineVariance: [slipped] });
    await settle();
    expect(all('variance-row')).toHaveLength(1);
    expect(all('variance-finish')[0].textContent?.trim()).toBe('+3 days late');
    expect(all('baseline-save')).toHaveLength(1);
    expect(all('baseline-remove')).toHaveLength(1);
  });

  it('invites an editor to save the first baseline when there is none', async () => {
    apollo.expectOne('TimelineBaselines').flushData(list([]));
    await settle();
    expect(all('baselines-empty')).toHaveLength(1);
    expect(all('baseline-save')).toHaveLength(1);
  });

  it('shows a viewer the comparison without the buttons that change anything', async () => {
    apollo.expectOne('TimelineBaselines').flushData(list([baseline('b1', 'Approved plan')], 'VIEWER'));
    await settle();
    apollo.expectOne('BaselineVariance').flushData({ baselineVariance: [] });
    await settle();
    expect(all('variance-empty')).toHaveLength(1);
    expect(all('baseline-save')).toHaveLength(0);
    expect(all('baseline-remove')).toHaveLength(0);
  });
});
