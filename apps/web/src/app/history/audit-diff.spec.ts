import { describe, expect, it } from 'vitest';

import {
  auditChanges,
  auditSubject,
  describeAuditEvent,
  displayValue,
  historyRow,
  parseAuditValues,
  relativeTime,
} from './audit-diff';

const PHASE_A = '0d9f3c1e-7a4b-4c2d-9e8f-1a2b3c4d5e6f';
const PHASE_B = '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e';

describe('audit event changes', () => {
  it('shows each changed column as field: old → new, in readable words', () => {
    const changes = auditChanges(
      { due_date: '2026-03-02', status: 'IN_PROGRESS', title: 'Interview sales leads' },
      { due_date: '2026-03-09', status: 'DONE', title: 'Interview sales leads' },
    );

    expect(changes).toEqual([
      { field: 'Due date', from: '2 Mar 2026', to: '9 Mar 2026' },
      { field: 'Status', from: 'In progress', to: 'Done' },
    ]);
  });

  it('lists what a created record holds, without its keys or empty columns', () => {
    const changes = auditChanges(null, {
      id: 'c0ffee00-0000-4000-8000-000000000000',
      project_id: 'c0ffee00-0000-4000-8000-000000000001',
      name: 'Requirements baseline',
      due_date: '2026-03-27',
      completed_at: null,
      version: 1,
    });

    expect(changes).toEqual([
      { field: 'Name', to: 'Requirements baseline' },
      { field: 'Due date', to: '27 Mar 2026' },
    ]);
  });

  it('lists what a removed record held', () => {
    expect(auditChanges({ email: 'kim@example.test', permission: 'EDITOR' }, null)).toEqual([
      { field: 'Email', from: 'kim@example.test' },
      { field: 'Permission', from: 'Can edit' },
    ]);
  });

  it('names records referred to by id when it knows them', () => {
    const names = new Map([
      [PHASE_A, 'Needs analysis'],
      [PHASE_B, 'Process redesign'],
    ]);

    expect(auditChanges({ phase_id: PHASE_A }, { phase_id: PHASE_B }, names)).toEqual([
      { field: 'Phase', from: 'Needs analysis', to: 'Process redesign' },
    ]);
    expect(auditChanges({ assignee_id: null }, { assignee_id: PHASE_A })).toEqual([
      { field: 'Assignee', from: 'none', to: 'another record' },
    ]);
  });

  it('reads booleans, percentages, statuses, timestamps and long text sensibly', () => {
    expect(displayValue('status', 'TODO')).toBe('To do');
    expect(displayValue('is_primary', true)).toBe('yes');
    expect(displayValue('allocation_percent', 80)).toBe('80%');
    expect(displayValue('due_date', '2026-03-02T00:00:00.000Z')).toBe('2 Mar 2026');
    expect(displayValue('completed_at', '2026-03-02T14:05:00.000Z', new Map(), 'Europe/Amsterdam').replace(/\u202f/g, ' ')).toBe('2 Mar 2026, 15:05 CET');
    expect(displayValue('crm_product', 'SAP')).toBe('SAP');
    expect(displayValue('description', 'x'.repeat(300))).toHaveLength(120);
  });

  it('treats a malformed before/after column as nothing instead of failing', () => {
    expect(parseAuditValues('{not json')).toBeNull();
    expect(parseAuditValues('[1,2]')).toBeNull();
    expect(parseAuditValues(null)).toBeNull();
    expect(parseAuditValues('{"done":true}')).toEqual({ done: true });
  });
});

describe('records audited with camelCase keys', () => {
  it('gets the same field labels as snake_case columns, and hides the same bookkeeping', () => {
    const wave = '5f0c2a8e-1b2c-4d3e-8f90-123456789abc';
    const changes = auditChanges(
      { ownerRole: 'pm', waveId: null, updatedAt: '2027-01-01T00:00:00Z' },
      { ownerRole: 'sponsor', waveId: wave, updatedAt: '2027-01-02T00:00:00Z' },
      new Map([[wave, 'Wave 2 — DACH']]),
    );
    expect(changes).toEqual([
      { field: 'Owner role', from: 'pm', to: 'sponsor' },
      { field: 'Wave', from: 'none', to: 'Wave 2 — DACH' },
    ]);
  });

  it('words category and channel codes as the hypercare and communications pages do', () => {
    expect(displayValue('category', 'HOW_TO')).toBe('How do I…');
    expect(displayValue('category', 'DATA')).toBe('Wrong or missing data');
    expect(displayValue('channel', 'INTRANET')).toBe('Intranet post');
    expect(displayValue('channel', 'MEETING')).toBe('Team meeting');
  });
});

describe('audit event wording', () => {
  it('says what happened to which kind of record', () => {
    expect(describeAuditEvent('Milestone', 'COMPLETED')).toBe('Milestone completed');
    expect(describeAuditEvent('ExitCriterion', 'CHECKED')).toBe('Exit criterion checked');
    expect(describeAuditEvent('Task', 'STATUS_CHANGED')).toBe('Task status changed');
    expect(describeAuditEvent('RolloutWave', 'CREATED')).toBe('Rollout wave created');
  });

  it('names the record from the lookup, else from what the event carries', () => {
    expect(auditSubject(PHASE_A, null, null, new Map([[PHASE_A, 'Needs analysis']]))).toBe('Needs analysis');
    expect(auditSubject('x', { label: 'Sign-off', done: false }, { label: 'Sign-off', done: true })).toBe('Sign-off');
    expect(auditSubject('x', { status: 'TODO' }, { status: 'DONE' })).toBeNull();
  });

  it('builds a row with who, when and what', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    const row = historyRow(
      {
        id: 'e1',
        entityType: 'ExitCriterion',
        entityId: 'c1',
        action: 'CHECKED',
        actorName: null,
        at: '2026-03-10T09:00:00Z',
        before: '{"label":"Requirements signed off","done":false}',
        after: '{"label":"Requirements signed off","done":true}',
      },
      new Map(),
      now,
    );

    expect(row).toMatchObject({
      who: 'Someone',
      when: '3 hours ago',
      what: 'Exit criterion checked',
      subject: 'Requirements signed off',
      changes: [{ field: 'Done', from: 'no', to: 'yes' }],
    });
  });

  it("does not repeat a new record's name among its values", () => {
    const row = historyRow({
      id: 'e2',
      entityType: 'Task',
      entityId: 't1',
      action: 'CREATED',
      actorName: 'Priya Planner',
      at: '2026-03-10T09:00:00Z',
      before: null,
      after: '{"title":"Interview sales","status":"TODO"}',
    });

    expect(row.subject).toBe('Interview sales');
    expect(row.changes).toEqual([{ field: 'Status', to: 'To do' }]);
  });
});

describe('relative time', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('reads like a person would say it', () => {
    expect(relativeTime('2026-03-10T11:59:40Z', now)).toBe('just now');
    expect(relativeTime('2026-03-10T11:55:00Z', now)).toBe('5 minutes ago');
    expect(relativeTime('2026-03-10T11:00:00Z', now)).toBe('1 hour ago');
    expect(relativeTime('2026-03-09T12:00:00Z', now)).toBe('yesterday');
    expect(relativeTime('2026-02-17T12:00:00Z', now)).toBe('3 weeks ago');
    expect(relativeTime('2025-03-10T12:00:00Z', now)).toBe('last year');
  });

  it('rounds up to the next unit instead of saying 60 minutes', () => {
    expect(relativeTime('2026-03-10T11:00:20Z', now)).toBe('1 hour ago');
  });
});
