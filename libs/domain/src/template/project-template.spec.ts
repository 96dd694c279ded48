import { describe, expect, it } from 'vitest';

import { dependencyCycle } from '../tasks/dependency-cycle';
import { planDate, STANDARD_TEMPLATE, templateDependency } from './project-template';

describe('planDate', () => {
  it('places a fraction of the way between start and go-live on a calendar day', () => {
    expect(planDate({ at: 0.5 }, '2027-01-01', '2027-01-11')).toBe('2027-01-06');
  });

  it('places days after go-live', () => {
    expect(planDate({ afterGoLiveDays: 90 }, '2027-01-01', '2027-06-01')).toBe('2027-08-30');
  });
});

describe('the standard template', () => {
  const roleKeys = new Set(STANDARD_TEMPLATE.roles.map((r) => r.key));

  it('has the five phases in their working order', () => {
    expect(STANDARD_TEMPLATE.phases.map((p) => p.kind)).toEqual([
      'NEEDS_ANALYSIS',
      'PROCESS_REDESIGN',
      'TECHNOLOGY_SELECTION',
      'PHASED_ROLLOUT',
      'TRAINING',
    ]);
  });

  it('gives every task a role from the catalog and between 25 and 40 tasks in all', () => {
    expect(STANDARD_TEMPLATE.tasks.length).toBeGreaterThanOrEqual(25);
    expect(STANDARD_TEMPLATE.tasks.length).toBeLessThanOrEqual(40);
    expect(STANDARD_TEMPLATE.tasks.filter((t) => !roleKeys.has(t.role))).toEqual([]);
  });

  it('has task dependencies without loops', () => {
    const edges: { taskId: string; dependsOnId: string }[] = [];
    for (const task of STANDARD_TEMPLATE.tasks) {
      for (const dependsOnId of (task.dependsOn ?? []).map((d) => templateDependency(d).task)) {
        expect(dependencyCycle(edges, { taskId: task.key, dependsOnId })).toBeNull();
        edges.push({ taskId: task.key, dependsOnId });
      }
    }
    expect(edges.length).toBeGreaterThan(0);
  });

  it('seeds the six default risks, each with a mitigation and an owning role', () => {
    expect(STANDARD_TEMPLATE.risks).toHaveLength(6);
    for (const risk of STANDARD_TEMPLATE.risks) {
      expect(risk.mitigation.length).toBeGreaterThan(10);
      expect(roleKeys.has(risk.role)).toBe(true);
    }
  });

  it('plans the five standard messages, each to roles of the template and sent by the communications lead', () => {
    const plan = STANDARD_TEMPLATE.communications ?? [];
    expect(plan.map((m) => m.offsetDays)).toEqual([-30, -7, 0, 7, 30]);
    expect(plan.every((m) => m.ownerRole === 'COMMUNICATIONS_LEAD' && m.audienceRoles.every((key) => roleKeys.has(key)))).toBe(true);
  });

  it('tracks user adoption, data accuracy and customer satisfaction', () => {
    expect(STANDARD_TEMPLATE.kpis.map((k) => k.key)).toEqual(
      expect.arrayContaining(['USER_ADOPTION', 'DATA_ACCURACY', 'CUSTOMER_SATISFACTION']),
    );
  });
});
