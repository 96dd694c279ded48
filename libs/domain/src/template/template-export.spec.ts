import { describe, expect, it } from 'vitest';

import { STANDARD_COMMUNICATION_PLAN } from '../communications/communication-plan';
import { type ProgramStructure, templateFromProgram } from './template-export';
import { templateProblems } from './template-validation';

/** A program of two tasks, the second waiting three working days after the first. */
function program(communications: ProgramStructure['communications']): ProgramStructure {
  return {
    name: 'Contoso rollout',
    crmProduct: 'Dynamics 365',
    startDate: '2027-01-04',
    goLiveDate: '2027-07-01',
    roles: [
      { id: 'r-pm', key: 'PROJECT_MANAGER', name: 'Project manager', description: '' },
      { id: 'r-comms', key: 'COMMUNICATIONS_LEAD', name: 'Communications lead', description: '' },
      { id: 'r-key', key: 'KEY_USER', name: 'Key user', description: '' },
    ],
    phases: [{ id: 'p1', kind: 'PHASED_ROLLOUT', name: 'Rollout', plannedStart: '2027-01-04', plannedEnd: '2027-07-01' }],
    exitCriteria: [],
    milestones: [],
    tasks: [
      { id: 't1', phaseId: 'p1', milestoneId: null, roleId: 'r-pm', title: 'Order licences', description: '', priority: 'HIGH', dueDate: '2027-03-01', estimateHours: 2 },
      { id: 't2', phaseId: 'p1', milestoneId: null, roleId: 'r-pm', title: 'Assign licences', description: '', priority: 'HIGH', dueDate: '2027-03-15', estimateHours: 4 },
      { id: 't3', phaseId: 'p1', milestoneId: null, roleId: 'r-pm', title: 'Send welcome mail', description: '', priority: 'LOW', dueDate: '2027-03-16', estimateHours: 1 },
    ],
    dependencies: [
      { taskId: 't2', dependsOnId: 't1', lagDays: 3 },
      { taskId: 't3', dependsOnId: 't2', lagDays: 0 },
    ],
    risks: [],
    kpis: [],
    communications,
  };
}

describe('templateFromProgram', () => {
  it('writes each dependency’s lag, and a plain key where there is none', () => {
    const template = templateFromProgram(program(null));
    expect(template.tasks.map((t) => [t.key, t.dependsOn])).toEqual([
      ['order-licences', undefined],
      ['assign-licences', [{ task: 'order-licences', lagDays: 3 }]],
      ['send-welcome-mail', ['assign-licences']],
    ]);
  });

  it('writes the program’s own communications plan, leaving out roles it no longer has', () => {
    const own = [
      { offsetDays: -14, title: 'Two weeks to go', body: 'Dates and places.', channel: 'CHAT' as const, audienceRoles: ['KEY_USER', 'TRAINER'], ownerRole: 'TRAINER' },
      { offsetDays: 0, title: 'We are live', body: '', channel: 'INTRANET' as const, audienceRoles: [], ownerRole: 'COMMUNICATIONS_LEAD' },
    ];
    const template = templateFromProgram(program(own));
    expect(template.communications).toEqual([
      { offsetDays: -14, title: 'Two weeks to go', body: 'Dates and places.', channel: 'CHAT', audienceRoles: ['KEY_USER'] },
      { offsetDays: 0, title: 'We are live', body: '', channel: 'INTRANET', audienceRoles: [], ownerRole: 'COMMUNICATIONS_LEAD' },
    ]);
    expect(templateProblems(template)).toEqual([]);
  });

  it('writes the standard plan for a program that has none of its own, as its waves get it', () => {
    const template = templateFromProgram(program(null));
    expect(template.communications?.map((m) => m.offsetDays)).toEqual(STANDARD_COMMUNICATION_PLAN.map((m) => m.offsetDays));
    // The standard plan speaks to support leads, a role this program does not have.
    expect(template.communications?.[2].audienceRoles).toEqual(['KEY_USER']);
    expect(templateProblems(template)).toEqual([]);
  });
});
