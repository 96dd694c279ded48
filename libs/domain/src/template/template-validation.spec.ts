import { describe, expect, it } from 'vitest';

import { formatMessage } from '../messages/format-message';
import { BUILT_IN_TEMPLATES, builtInTemplate, STANDARD_TEMPLATE_ID } from './built-in-templates';
import { type ProjectTemplate, STANDARD_TEMPLATE } from './project-template';
import standardJson from './standard-template.json';
import { describeTemplateProblems, parseTemplate, TEMPLATE_MAX_LENGTH, templateProblems } from './template-validation';

/** A copy of the standard template to break in one place (JSON, so any field may be set to anything). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests write values the types forbid
function standardCopy(): any {
  return JSON.parse(JSON.stringify(STANDARD_TEMPLATE));
}

function builtIn(id: string): ProjectTemplate {
  const found = builtInTemplate(id);
  if (!found) throw new Error(`No built-in template ${id}`);
  return found.template;
}

function problemsOf(value: unknown): string[] {
  return templateProblems(value).map((p) => `${p.path}: ${p.message}`);
}

describe('templateProblems', () => {
  it('accepts every built-in template', () => {
    for (const builtIn of BUILT_IN_TEMPLATES) expect(problemsOf(builtIn.template), builtIn.id).toEqual([]);
  });

  it('names the path of a milestone due that is neither a fraction nor days after go-live', () => {
    const template = standardCopy();
    template.phases[2].milestones[0].due = { at: 1.5 };
    expect(problemsOf(template)).toEqual(['phases[2].milestones[0].due.at: must be <= 1']);
    template.phases[2].milestones[0].due = { at: 0.5, afterGoLiveDays: 3 };
    expect(problemsOf(template)).toEqual([expect.stringMatching(/^phases\[2\]\.milestones\[0\]\.due: must be either/)]);
  });

  it('names missing fields, unknown fields and values outside a list', () => {
    const template = standardCopy();
    delete template.tasks[3].title;
    template.risks[0].colour = 'red';
    template.kpis[1].direction = 'SIDEWAYS';
    expect(problemsOf(template)).toEqual(
      expect.arrayContaining(['tasks[3].title: is missing', 'risks[0].colour: is not a field of a template here', 'kpis[1].direction: must be one of UP, DOWN']),
    );
  });

  it('takes an exit criterion as plain text or as a label with a rule and a signing role', () => {
    const template = standardCopy();
    template.phases[0].exitCriteria = ['Kickoff held', { label: 'Baselines', rule: { kind: 'KPI_BASELINES_RECORDED' }, signOffRole: 'CRM_ANALYST' }];
    expect(problemsOf(template)).toEqual([]);
    template.phases[0].exitCriteria = ['', { label: 'Odd', rule: { kind: 'NO_SUCH_RULE' } }];
    expect(problemsOf(template)).toEqual(
      expect.arrayContaining(['phases[0].exitCriteria[0]: must NOT have fewer than 1 characters', expect.stringMatching(/^phases\[0\]\.exitCriteria\[1\]\.rule\.kind: must be one of /)]),
    );
  });

  it('finds roles, milestones and tasks a template names but does not have', () => {
    const template = standardCopy();
    template.tasks[0].role = 'WIZARD';
    template.tasks[1].milestone = 'moon-landing';
    template.tasks[3].dependsOn = ['no-such-task'];
    template.risks[2].role = 'ORACLE';
    template.phases[0].exitCriteria[0].signOffRole = 'KING';
    expect(problemsOf(template)).toEqual(
      expect.arrayContaining([
        `tasks[0].role: must be one of the template's roles; there is no role "WIZARD"`,
        'tasks[1].milestone: there is no milestone "moon-landing"',
        'tasks[3].dependsOn[0]: there is no task "no-such-task"',
        `risks[2].role: must be one of the template's roles; there is no role "ORACLE"`,
        `phases[0].exitCriteria[0].signOffRole: must be one of the template's roles; there is no role "KING"`,
      ]),
    );
  });

  it('refuses duplicate milestone and task keys, and a dependency loop', () => {
    const template = standardCopy();
    template.phases[1].milestones[0].key = 'business-goals-agreed';
    template.tasks[1].key = 'sponsor-kickoff';
    template.tasks[0].dependsOn = ['requirements-document'];
    const problems = problemsOf(template);
    expect(problems).toEqual(
      expect.arrayContaining([
        'phases[1].milestones[0].key: The milestone key "business-goals-agreed" is used twice',
        'tasks[1].key: The task key "sponsor-kickoff" is used twice',
      ]),
    );
    expect(problems.some((p) => p.includes('closes a loop: '))).toBe(true);
  });

  it('takes a prerequisite as a key or as a key with a lag, and refuses a lag beyond a year or a prerequisite named twice', () => {
    const template = standardCopy();
    const task = template.tasks.findIndex((t: { key: string }) => t.key === 'go-live-steering');
    template.tasks[task].dependsOn = [{ task: 'pilot-wave', lagDays: 10 }, 'data-migration'];
    expect(problemsOf(template)).toEqual([]);
    template.tasks[task].dependsOn = [{ task: 'pilot-wave', lagDays: 400 }];
    expect(problemsOf(template)).toEqual([`tasks[${task}].dependsOn[0].lagDays: must be <= 365`]);
    template.tasks[task].dependsOn = ['pilot-wave', { task: 'pilot-wave', lagDays: 2 }, { task: 'moon-landing', lagDays: 1 }];
    expect(problemsOf(template)).toEqual([
      `tasks[${task}].dependsOn[1].task: names the task "pilot-wave" a second time`,
      `tasks[${task}].dependsOn[2].task: there is no task "moon-landing"`,
    ]);
  });

  it('checks the communications plan: its channels, offsets and the roles it names', () => {
    const template = standardCopy();
    template.communications[0].channel = 'CARRIER_PIGEON';
    template.communications[1].offsetDays = -400;
    expect(problemsOf(template)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^communications\[0\]\.channel: must be one of EMAIL, /), 'communications[1].offsetDays: must be >= -365']),
    );
    const roles = standardCopy();
    roles.communications[2].audienceRoles = ['KEY_USER', 'TOWN_CRIER'];
    roles.communications[3].ownerRole = 'HERALD';
    roles.communications[4].title = '   ';
    expect(problemsOf(roles)).toEqual([
      `communications[2].audienceRoles[1]: must be one of the template's roles; there is no role "TOWN_CRIER"`,
      `communications[3].ownerRole: must be one of the template's roles; there is no role "HERALD"`,
      'communications[4].title: must not be blank',
    ]);
  });

  it('refuses a rule whose settings do not fit its kind, or a KPI the template lacks', () => {
    const template = standardCopy();
    template.phases[4].exitCriteria[4].rule = { kind: 'KPI_AT_THRESHOLD', kpiKey: 'HAPPINESS' };
    template.phases[0].exitCriteria[2].rule = { kind: 'KPI_BASELINES_RECORDED', threshold: 3 };
    expect(problemsOf(template)).toEqual([
      `phases[0].exitCriteria[2].rule.threshold: A KPI_BASELINES_RECORDED rule takes no threshold.`,
      `phases[4].exitCriteria[4].rule.kpiKey: must be one of the template's KPIs; there is no KPI "HAPPINESS"`,
    ]);
  });
});

describe('parseTemplate', () => {
  it('reads a minimal template and fills what it leaves out', () => {
    const result = parseTemplate(
      JSON.stringify({
        name: 'Tiny',
        roles: [{ key: 'PM', name: 'PM' }],
        phases: [{ kind: 'CUSTOM', name: 'Do it', window: { from: { at: 0 }, to: { afterGoLiveDays: 10 } }, exitCriteria: ['Done'] }],
        tasks: [{ key: 'a', title: 'A', phase: 'CUSTOM', role: 'PM', due: { at: 0.5 } }],
        risks: [],
        kpis: [],
      }),
    );
    expect(result).toEqual({
      ok: true,
      template: expect.objectContaining({
        name: 'Tiny',
        phases: [expect.objectContaining({ exitCriteria: [{ label: 'Done' }], milestones: [] })],
        tasks: [expect.objectContaining({ description: '', priority: 'MEDIUM', estimateHours: 0 })],
      }),
    });
  });

  it('leaves a plan out when the template has none (the standard one then), and keeps an empty one empty', () => {
    const minimal = { roles: [{ key: 'PM', name: 'PM' }], phases: [{ kind: 'CUSTOM', name: 'Do it', window: { from: { at: 0 }, to: { at: 1 } } }], tasks: [], risks: [], kpis: [] };
    const without = parseTemplate(JSON.stringify(minimal));
    expect(without.ok && without.template.communications).toBeUndefined();
    const empty = parseTemplate(JSON.stringify({ ...minimal, communications: [] }));
    expect(empty.ok && empty.template.communications).toEqual([]);
    const own = parseTemplate(JSON.stringify({ ...minimal, communications: [{ offsetDays: -14, title: 'Two weeks to go', channel: 'CHAT' }] }));
    expect(own.ok && own.template.communications).toEqual([{ offsetDays: -14, title: 'Two weeks to go', body: '', channel: 'CHAT', audienceRoles: [] }]);
  });

  it('says when the text is not JSON or too large', () => {
    const notJson = parseTemplate('{ "roles": [');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(describeTemplateProblems(notJson.problems)).toMatch(/^This is not valid JSON/);
    const huge = parseTemplate(' '.repeat(TEMPLATE_MAX_LENGTH + 1));
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.problems[0].message).toMatch(/too large/);
  });

  it('round-trips a built-in template through its JSON text', () => {
    const salesforce = builtIn('builtin:salesforce');
    expect(parseTemplate(JSON.stringify(salesforce))).toEqual({ ok: true, template: salesforce });
  });
});

describe('the built-in templates', () => {
  it('offer the neutral template first, then Salesforce, Dynamics 365 and HubSpot', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => [t.id, t.crmProduct])).toEqual([
      [STANDARD_TEMPLATE_ID, null],
      ['builtin:salesforce', 'Salesforce'],
      ['builtin:dynamics365', 'Dynamics 365'],
      ['builtin:hubspot', 'HubSpot'],
    ]);
  });

  it.each([
    ['builtin:salesforce', /Data Loader/, /permission sets/, /licences/],
    ['builtin:dynamics365', /Power Platform admin centre/, /security roles and business units/, /licences/],
    ['builtin:hubspot', /sandbox/, /teams and permission sets/, /seats/],
  ])('%s keeps the standard work and adds its product-specific tasks and risks', (id, ...patterns) => {
    const template = builtIn(id);
    const standardKeys = STANDARD_TEMPLATE.tasks.map((t) => t.key);
    expect(template.tasks.map((t) => t.key)).toEqual(expect.arrayContaining(standardKeys));
    const extra = template.tasks.filter((t) => !standardKeys.includes(t.key));
    expect(extra.length).toBeGreaterThanOrEqual(4);
    const text = extra.map((t) => `${t.title} ${t.description}`).join(' ');
    for (const pattern of patterns) expect(text).toMatch(pattern);
    expect(template.risks.length).toBeGreaterThan(STANDARD_TEMPLATE.risks.length);
  });

  it('does not change the neutral template', () => {
    expect(STANDARD_TEMPLATE.tasks).toHaveLength(standardJson.tasks.length);
    expect(STANDARD_TEMPLATE.risks).toHaveLength(standardJson.risks.length);
    expect(STANDARD_TEMPLATE.name).toBeUndefined();
  });
});

describe('template problems in the reader’s language', () => {
  it('carries a code and params for each problem, worded in Dutch and Italian from the catalogue', () => {
    const template = standardCopy();
    template.tasks[0].role = 'WIZARD';
    template.tasks[1].dependsOn = ['no-such-task'];
    const problems = templateProblems(template);
    expect(problems.map((p) => [p.path, p.code, p.params])).toEqual([
      ['tasks[0].role', 'TEMPLATE_NO_SUCH_ROLE', { key: 'WIZARD' }],
      ['tasks[1].dependsOn[0]', 'TEMPLATE_NO_SUCH_TASK', { key: 'no-such-task' }],
    ]);
    expect(problems.map((p) => formatMessage('nl', p))).toEqual(['moet een rol van het sjabloon zijn; er is geen rol "WIZARD"', 'er is geen taak "no-such-task"']);
    expect(problems.map((p) => formatMessage('it', p))).toEqual(['deve essere uno dei ruoli del modello; non esiste il ruolo "WIZARD"', 'non esiste l\'attività "no-such-task"']);
  });

  it('words a key used twice, a missing field and text that is not JSON in each language', () => {
    const twice = standardCopy();
    twice.roles[1].key = twice.roles[0].key;
    const [keyTwice] = templateProblems(twice).filter((p) => p.code === 'TEMPLATE_KEY_TWICE');
    expect(formatMessage('en', keyTwice)).toBe(`The role key "${twice.roles[0].key}" is used twice`);
    expect(formatMessage('nl', keyTwice)).toBe(`De rolsleutel "${twice.roles[0].key}" komt twee keer voor`);
    // The schema is checked first: a template missing a field is refused before its keys are compared.
    const untitled = standardCopy();
    delete untitled.tasks[0].title;
    expect(templateProblems(untitled).map((p) => [p.path, formatMessage('it', p)])).toEqual([['tasks[0].title', 'manca']]);
    const notJson = parseTemplate('{ "roles": [');
    expect(notJson.ok ? [] : notJson.problems.map((p) => p.code)).toEqual(['TEMPLATE_NOT_JSON']);
    const huge = parseTemplate(' '.repeat(TEMPLATE_MAX_LENGTH + 1));
    expect(huge.ok ? '' : formatMessage('nl', huge.problems[0])).toBe('Het sjabloon is te groot: hoogstens 512 duizend tekens.');
  });
});
