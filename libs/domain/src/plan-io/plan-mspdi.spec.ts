import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

import { resolvePlan, type PlanExport } from './plan-draft';
import { durationMinutes, MSPDI_BUILDER_OPTIONS, MSPDI_PARSER_OPTIONS, mspdiDocument, mspdiDuration, readMspdi } from './plan-mspdi';

const parse = (xml: string) => new XMLParser(MSPDI_PARSER_OPTIONS).parse(xml);
const sample = () => parse(readFileSync(join(__dirname, 'fixtures/crm-rollout.xml'), 'utf8'));

const ROLES = [
  { id: 'r-pm', key: 'PROJECT_MANAGER', name: 'Project manager' },
  { id: 'r-admin', key: 'CRM_ADMIN', name: 'CRM administrator' },
  { id: 'r-trainer', key: 'TRAINER', name: 'Trainer' },
];

/** A one-task MSPDI file around the given task elements. */
const file = (tasks: string, extra = '') =>
  parse(`<Project xmlns="http://schemas.microsoft.com/project"><Tasks>
    <Task><UID>1</UID><ID>1</ID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary></Task>${tasks}</Tasks>${extra}</Project>`);

describe('reading MS Project XML', () => {
  it('reads the sample plan: top-level summaries are phases, milestones apart, the project summary and nested summaries left out', () => {
    const { draft, errors, warnings } = readMspdi(sample());
    expect(errors).toEqual([]);
    expect(draft.phases.map((p) => [p.name, p.startDate, p.endDate])).toEqual([
      ['Discovery & design', '2027-03-01', '2027-03-12'],
      ['Build', '2027-03-15', '2027-04-02'],
    ]);
    expect(draft.tasks.map((t) => [t.title, t.phase, t.role, t.startDate, t.durationDays])).toEqual([
      ['Stakeholder interviews', 'Discovery & design', 'Project Manager', '2027-03-01', 3],
      ['Process maps', 'Discovery & design', 'Project Manager', '2027-03-08', 4],
      ['Configure the sales pipeline', 'Build', 'crm administrator', '2027-03-15', 5],
      ['Migrate accounts', 'Build', 'crm administrator', '2027-03-18', 7],
      ['Train the key users', 'Build', 'Trainer', '2027-03-29', 4],
    ]);
    expect(draft.milestones.map((m) => [m.name, m.phase, m.dueDate])).toEqual([
      ['Design signed off', 'Discovery & design', '2027-03-12'],
      ['Go-live', 'Build', '2027-04-02'],
    ]);
    expect(warnings).toEqual([{ row: 1, field: 'OutlineLevel', code: 'MSPDI_NESTED_SUMMARIES', params: { count: 1 } }]);
  });

  it('turns LinkLag (tenths of a minute) into working days, negative lags overlapping', () => {
    const { draft } = readMspdi(sample());
    const links = Object.fromEntries(draft.tasks.map((t) => [t.title, t.predecessors]));
    expect(links['Process maps']).toEqual([{ ref: '2', lagDays: 2 }]);
    expect(links['Migrate accounts']).toEqual([{ ref: '7', lagDays: -2 }]);
  });

  it('resolves the sample against the program: roles by name whatever the case, the link through a milestone bridged', () => {
    const reading = readMspdi(sample());
    const result = resolvePlan(reading.draft, { phases: [{ id: 'ph-build', name: 'build' }], roles: ROLES });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.newPhases.map((p) => p.name)).toEqual(['Discovery & design']);
    expect(result.plan.tasks.map((t) => [t.roleId, t.phase, t.dueDate])).toEqual([
      ['r-pm', { newPhase: 0 }, '2027-03-03'],
      ['r-pm', { newPhase: 0 }, '2027-03-11'],
      ['r-admin', { phaseId: 'ph-build' }, '2027-03-19'],
      ['r-admin', { phaseId: 'ph-build' }, '2027-03-26'],
      ['r-trainer', { phaseId: 'ph-build' }, '2027-04-01'],
    ]);
    const title = (i: number) => result.plan.tasks[i].title;
    expect(result.plan.dependencies.map((d) => [title(d.task), title(d.dependsOn), d.lagDays])).toEqual([
      ['Process maps', 'Stakeholder interviews', 2],
      ['Configure the sales pipeline', 'Process maps', 0],
      ['Migrate accounts', 'Configure the sales pipeline', -2],
      ['Train the key users', 'Migrate accounts', 0],
    ]);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'PLAN_MILESTONES_BRIDGED', params: { count: 1 } }));
  });

  it('refuses start-to-start links, naming the row, rather than importing a different schedule', () => {
    const { errors } = readMspdi(
      file(`<Task><UID>2</UID><ID>2</ID><Name>A</Name><OutlineLevel>2</OutlineLevel></Task>
        <Task><UID>3</UID><ID>3</ID><Name>B</Name><OutlineLevel>2</OutlineLevel><PredecessorLink><PredecessorUID>2</PredecessorUID><Type>3</Type></PredecessorLink></Task>`),
    );
    expect(errors).toEqual([
      { row: 3, field: 'PredecessorLink', code: 'MSPDI_LINK_TYPE', params: { type: '3' } },
    ]);
  });

  it('refuses a task outside every summary task and a link to a summary task', () => {
    const { errors } = readMspdi(
      parse(`<Project><Tasks>
        <Task><UID>5</UID><ID>1</ID><Name>Loose</Name><OutlineLevel>1</OutlineLevel></Task>
        <Task><UID>6</UID><ID>2</ID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary></Task>
        <Task><UID>7</UID><ID>3</ID><Name>A</Name><OutlineLevel>2</OutlineLevel><PredecessorLink><PredecessorUID>6</PredecessorUID></PredecessorLink></Task>
      </Tasks></Project>`),
    );
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [1, 'OutlineLevel'],
      [3, 'PredecessorLink'],
    ]);
  });

  it('rounds part-days up and says so', () => {
    const { draft, warnings } = readMspdi(file('<Task><UID>2</UID><ID>2</ID><Name>Half a day</Name><OutlineLevel>2</OutlineLevel><Start>2027-03-01T08:00:00</Start><Duration>PT4H0M0S</Duration></Task>'));
    expect(draft.tasks[0].durationDays).toBe(1);
    expect(warnings[0]).toMatchObject({ row: 2, code: 'MSPDI_DURATIONS_ROUNDED', params: { count: 1, rows: '2' } });
  });

  it('answers a file without a Project element with one clear error', () => {
    expect(readMspdi(parse('<Workbook><Sheet/></Workbook>')).errors).toEqual([{ row: 1, field: 'Project', code: 'MSPDI_NOT_PROJECT', params: {} }]);
  });

  it('an unknown resource is a row error listing the program roles', () => {
    const reading = readMspdi(
      file(
        '<Task><UID>2</UID><ID>2</ID><Name>Tune</Name><OutlineLevel>2</OutlineLevel><Start>2027-03-01T08:00:00</Start><Duration>PT8H0M0S</Duration></Task>',
        '<Resources><Resource><UID>1</UID><Name>Alice Example</Name></Resource></Resources><Assignments><Assignment><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID></Assignment></Assignments>',
      ),
    );
    const result = resolvePlan(reading.draft, { phases: [], roles: ROLES });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { row: 2, field: 'role', code: 'PLAN_NO_SUCH_ROLE', params: { name: 'Alice Example', role1: 'Project manager', role2: 'CRM administrator', role3: 'Trainer' } },
    ]);
  });
});

describe('MSPDI durations', () => {
  it('reads PT…H…M…S and day forms in minutes', () => {
    expect(durationMinutes('PT40H0M0S')).toBe(2400);
    expect(durationMinutes('PT0H0M0S')).toBe(0);
    expect(durationMinutes('P1DT2H')).toBe(1560);
    expect(durationMinutes('soon')).toBeNull();
  });

  it('writes working days as 8-hour days', () => {
    expect(mspdiDuration(5)).toBe('PT40H0M0S');
    expect(mspdiDuration(0)).toBe('PT0H0M0S');
  });
});

describe('writing MS Project XML', () => {
  const plan: PlanExport = {
    programName: 'Nordics <CRM>',
    phases: [{ id: 'p1', name: 'Build', startDate: '2027-03-01', endDate: '2027-03-31' }],
    tasks: [
      { id: 't1', title: 'Configure', phaseId: 'p1', roleName: 'CRM administrator', startDate: '2027-03-01', dueDate: '2027-03-05', durationDays: 5, predecessors: [] },
      { id: 't2', title: 'Migrate & check', phaseId: 'p1', roleName: 'Data steward', startDate: '2027-03-10', dueDate: '2027-03-11', durationDays: 2, predecessors: [{ id: 't1', lagDays: 2 }] },
      { id: 't3', title: 'Someday', phaseId: 'p1', roleName: 'Data steward', startDate: null, dueDate: null, durationDays: null, predecessors: [] },
    ],
    milestones: [{ id: 'm1', name: 'Go-live', phaseId: 'p1', dueDate: '2027-03-31' }],
  };

  it('writes the namespace, a summary per phase, links with lag in tenths of a minute, and resources assigned', () => {
    const xml = new XMLBuilder(MSPDI_BUILDER_OPTIONS).build(mspdiDocument(plan));
    expect(xml).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
    expect(xml).toContain('<Name>Nordics &lt;CRM&gt;</Name>');
    expect(xml).toMatch(/<PredecessorLink>\s*<PredecessorUID>2<\/PredecessorUID>\s*<Type>1<\/Type>\s*<LinkLag>9600<\/LinkLag>\s*<LagFormat>7<\/LagFormat>/);
    expect(xml).toContain('<Duration>PT40H0M0S</Duration>');
  });

  it('reads back into the same plan', () => {
    const xml = new XMLBuilder(MSPDI_BUILDER_OPTIONS).build(mspdiDocument(plan));
    const { draft, errors } = readMspdi(parse(xml));
    expect(errors).toEqual([]);
    expect(draft.phases.map((p) => [p.name, p.startDate, p.endDate])).toEqual([['Build', '2027-03-01', '2027-03-31']]);
    expect(draft.tasks.map((t) => [t.title, t.role, t.startDate, t.durationDays, t.predecessors])).toEqual([
      ['Configure', 'CRM administrator', '2027-03-01', 5, []],
      ['Migrate & check', 'Data steward', '2027-03-10', 2, [{ ref: '2', lagDays: 2 }]],
      ['Someday', 'Data steward', null, null, []],
    ]);
    expect(draft.milestones.map((m) => [m.name, m.dueDate])).toEqual([['Go-live', '2027-03-31']]);
  });
});
