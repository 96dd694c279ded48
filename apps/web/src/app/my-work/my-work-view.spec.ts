import { describe, expect, it } from 'vitest';

import { countsByKind, kindFromParam, linkOf, MyWorkItem, statusLabel, withKind } from './my-work-view';

const item = (kind: MyWorkItem['kind'], id: string, extra: Partial<MyWorkItem> = {}): MyWorkItem => ({
  kind,
  id,
  title: `Item ${id}`,
  projectId: 'p1',
  projectName: 'Nordics rollout',
  dueDate: null,
  status: 'TODO',
  reason: 'ASSIGNED',
  phaseId: null,
  waveId: null,
  startsAt: null,
  timeZone: null,
  ...extra,
});

describe('linkOf', () => {
  it('opens a task on its program’s board', () => {
    expect(linkOf(item('TASK', 't1'))).toEqual({ commands: ['/projects', 'p1', 'board'], queryParams: { task: 't1' } });
  });

  it('opens a session on the training page of its wave', () => {
    expect(linkOf(item('TRAINING_SESSION', 's1', { waveId: 'w1' }))).toEqual({ commands: ['/projects', 'p1', 'training'], queryParams: { wave: 'w1' } });
  });

  it('opens a risk in its dialog and points out a milestone on the overview', () => {
    expect(linkOf(item('RISK', 'r1'))).toEqual({ commands: ['/projects', 'p1', 'risks'], queryParams: { risk: 'r1' } });
    expect(linkOf(item('MILESTONE', 'm1'))).toEqual({ commands: ['/projects', 'p1', 'overview'], queryParams: { milestone: 'm1' } });
  });
});

describe('the kind filter', () => {
  const items = [item('TASK', 't1'), item('RISK', 'r1'), item('TASK', 't2')];

  it('shows everything, or only the kind chosen', () => {
    expect(withKind(items, 'ALL').map((i) => i.id)).toEqual(['t1', 'r1', 't2']);
    expect(withKind(items, 'TASK').map((i) => i.id)).toEqual(['t1', 't2']);
  });

  it('counts each kind, none included', () => {
    expect(countsByKind(items)).toEqual({ TASK: 2, TRAINING_SESSION: 0, RISK: 1, MILESTONE: 0 });
  });

  it('reads a kind from the link, and anything else as everything', () => {
    expect(kindFromParam('RISK')).toBe('RISK');
    expect(kindFromParam('nonsense')).toBe('ALL');
    expect(kindFromParam(undefined)).toBe('ALL');
  });
});

describe('statusLabel', () => {
  it('words every kind\'s status with the label its own page uses', () => {
    expect(statusLabel(item('TASK', 't1', { status: 'TODO' }))).toBe('To do');
    expect(statusLabel(item('MILESTONE', 'm1', { status: 'PLANNED' }))).toBe('Planned');
    expect(statusLabel(item('RISK', 'r1', { status: 'MONITORING' }))).toBe('Monitoring');
    expect(statusLabel(item('TRAINING_SESSION', 's1', { status: 'SCHEDULED' }))).toBe('Scheduled');
  });

  it('shows a status this client does not know as it came', () => {
    expect(statusLabel(item('RISK', 'r2', { status: 'ESCALATED' }))).toBe('ESCALATED');
  });
});
