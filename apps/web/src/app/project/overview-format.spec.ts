import { describe, expect, it } from 'vitest';

import { dueLabel, lateness, progressLabel, signOffText, unownedLabel } from './overview-format';

describe('overview wording', () => {
  it('says how late a milestone is, in days', () => {
    expect(lateness(1)).toBe('1 day late');
    expect(lateness(12)).toBe('12 days late');
  });

  it('says when something is due relative to today', () => {
    expect(dueLabel('2026-05-10', '2026-05-10')).toBe('Due today');
    expect(dueLabel('2026-05-11', '2026-05-10')).toBe('Due tomorrow');
    expect(dueLabel('2026-05-20', '2026-05-10')).toBe('Due in 10 days');
    expect(dueLabel('2026-05-07', '2026-05-10')).toBe('3 days late');
  });

  it('counts done tasks out of all tasks of a phase', () => {
    expect(progressLabel({ doneTasks: 3, totalTasks: 8 })).toBe('3 of 8 tasks done');
    expect(progressLabel({ doneTasks: 0, totalTasks: 1 })).toBe('0 of 1 task done');
    expect(progressLabel({ doneTasks: 0, totalTasks: 0 })).toBe('No tasks yet');
  });

  it('counts unowned tasks', () => {
    expect(unownedLabel(0)).toBe('Every task has an owner');
    expect(unownedLabel(1)).toBe('1 task has no owner');
    expect(unownedLabel(4)).toBe('4 tasks have no owner');
  });

  it('names the role a sign-off waits for, or says the role asked for when it has none', () => {
    expect(signOffText({ signOffState: 'AWAITING', signOffRole: { name: 'Executive sponsor' } })).toBe('Needs the sign-off of Executive sponsor');
    expect(signOffText({ signOffState: 'AWAITING', signOffRole: null })).toBe('Needs the sign-off of the role asked for');
  });
});
