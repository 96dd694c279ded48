import { ApplicationRef, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';

import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { HypercarePageComponent } from './hypercare-page.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const targets = [
  [1, 60, 480],
  [2, 240, 2880],
  [3, 1440, 7200],
  [4, 2880, 14400],
].map(([severity, responseMinutes, resolutionMinutes]) => ({ __typename: 'HypercareTarget', severity, responseMinutes, resolutionMinutes, custom: false }));

function item(id: string, number: number, severity: number, fields: Record<string, unknown> = {}) {
  return {
    __typename: 'SupportItem',
    id,
    waveId: 'w1',
    number,
    title: `Item ${number}`,
    description: '',
    severity,
    category: 'DEFECT',
    status: 'OPEN',
    version: 1,
    createdAt: '2027-05-03T08:00:00Z',
    respondedAt: null,
    resolvedAt: null,
    responseDueAt: '2027-05-03T09:00:00Z',
    resolutionDueAt: '2027-05-03T16:00:00Z',
    responseBreached: false,
    resolutionBreached: false,
    reporter: null,
    ownerRole: { __typename: 'Role', id: 'r1', key: 'SUPPORT_LEAD', name: 'Support lead' },
    ...fields,
  };
}

describe('HypercarePageComponent', () => {
  let fixture: ComponentFixture<HypercarePageComponent>;
  let apollo: ApolloTestingController;

  async function settle(ms = 0): Promise<void> {
    await wait(ms);
    await fixture.whenStable();
    await TestBed.inject(ApplicationRef).whenStable();
  }

  async function open(waveStatus: string, permission = 'EDITOR') {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideRouter([])] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(HypercarePageComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    await fixture.whenStable();
    apollo.expectOne('HypercarePage').flushData({
      project: { __typename: 'Project', id: 'p1', myPermission: permission },
      rolloutWaves: [{ __typename: 'RolloutWave', id: 'w1', name: 'Nordics', status: waveStatus, goLiveDate: '2027-05-03', wentLiveAt: null }],
      hypercareTargets: targets,
      roles: [{ __typename: 'Role', id: 'r1', key: 'SUPPORT_LEAD', name: 'Support lead' }],
    });
    await settle();
  }

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    apollo.verify();
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const text = (testId: string) => page().querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

  describe('before go-live', () => {
    beforeEach(() => open('PLANNED'));

    it('says hypercare has not started and offers nothing to log', () => {
      expect(text('hypercare-not-live')).toContain('Nordics goes live on');
      expect(page().querySelector('[data-testid="new-support-item"]')).toBeNull();
    });
  });

  describe('a live wave', () => {
    beforeEach(async () => {
      await open('LIVE');
      apollo.expectOne('HypercareWave').flushData({
        supportItems: [
          item('a', 2, 1, { responseBreached: true }),
          item('b', 1, 4, { category: 'HOW_TO', status: 'RESOLVED', respondedAt: '2027-05-03T08:30:00Z', resolvedAt: '2027-05-03T10:00:00Z' }),
        ],
        hypercareExit: {
          __typename: 'HypercareExit',
          met: false,
          weeklyVolume: [0, 0, 2],
          blockers: [{ __typename: 'HypercareExitBlocker', code: 'URGENT_ITEMS_OPEN', params: '{"severity1":1,"severity2":0}' }],
        },
      });
      await settle();
    });

    it('shows why hypercare cannot end, in words from the codes', () => {
      expect(text('hypercare-exit')).toContain('Hypercare cannot end yet');
      expect(text('hypercare-exit-blockers')).toBe('Urgent support items are still open (1 of severity 1).');
    });

    it('lists the items with severity and breach chips in words', () => {
      const rows = [...page().querySelectorAll<HTMLElement>('[data-testid="support-item-row"]')];
      expect(rows.map((r) => r.dataset['severity'])).toEqual(['1', '4']);
      expect(rows[0].querySelector('[data-testid="support-severity"]')?.textContent).toContain('Severity 1');
      expect(rows[0].querySelector('[data-testid="support-breach"]')?.textContent).toContain('Answer overdue');
      expect(rows[1].querySelector('[data-testid="support-breach"]')).toBeNull();
    });

    it('the editor can log items; the targets are shown but only owners change them', () => {
      expect(page().querySelector('[data-testid="new-support-item"]')).not.toBeNull();
      expect(text('hypercare-targets')).toContain('1 hour');
      expect(text('hypercare-targets')).toContain('2 working days');
      expect(page().querySelector('[data-testid="edit-hypercare-targets"]')).toBeNull();
    });
  });
});
