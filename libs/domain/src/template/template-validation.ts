import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

import { englishText } from '../messages/format-message';
import type { MessageParams } from '../messages/message';
import type { MessageCode } from '../messages/message-codes';
import { gateRuleProblems, type GateRule } from '../phases/gate-rules';
import { dependencyCycle, type DependencyEdge } from '../tasks/dependency-cycle';
import { templateDependency, type ProjectTemplate, type TemplateCommunication, type TemplatePhase, type TemplateTask } from './project-template';
import { TEMPLATE_JSON_SCHEMA } from './template-schema';

/**
 * One thing wrong with a template, at a JSON path such as `phases[2].milestones[0].due`: a code
 * with params for the reader's language, and `message`, its English (which follows `path: `).
 */
export interface TemplateProblem {
  path: string;
  /** A `TemplateProblemCode`, or the code of a rule's own check (`gateRuleProblems`). */
  code: MessageCode;
  params: MessageParams;
  message: string;
}

function problem(path: string, code: TemplateProblem['code'], params: MessageParams = {}): TemplateProblem {
  return { path, code, params, message: englishText(code, params) };
}

/** The largest template text we read (characters). */
export const TEMPLATE_MAX_LENGTH = 512_000;
const MAX_PROBLEMS = 20;

/**
 * Compiled on first use: ajv generates code, which a browser page under a strict content security
 * policy refuses, so nothing may compile while the module loads (the web imports this library).
 */
let compiled: ValidateFunction | undefined;
function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(TEMPLATE_JSON_SCHEMA);
  return compiled;
}

function joinPath(base: string, next: string | number): string {
  if (typeof next === 'number') return `${base}[${next}]`;
  return base ? `${base}.${next}` : next;
}

/** Turns ajv's `/phases/2/milestones/0/due` into `phases[2].milestones[0].due`. */
function pathOf(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<string>((path, part) => joinPath(path, /^\d+$/.test(part) ? Number(part) : part), '');
}

function schemaProblem(error: ErrorObject): TemplateProblem {
  const path = pathOf(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return problem(joinPath(path, String(params['missingProperty'])), 'TEMPLATE_FIELD_MISSING');
    case 'additionalProperties':
      return problem(joinPath(path, String(params['additionalProperty'])), 'TEMPLATE_FIELD_UNKNOWN');
    case 'enum':
      return problem(path, 'TEMPLATE_NOT_ONE_OF', { choices: (params['allowedValues'] as unknown[]).join(', ') });
    case 'minProperties':
    case 'maxProperties':
      return problem(path, 'TEMPLATE_WHEN_INVALID');
    case 'pattern':
      return problem(path, 'TEMPLATE_KEY_INVALID');
    default:
      // ajv's own English for the rarer keywords (type, minimum, …): the reader's language frames it.
      return problem(path, 'TEMPLATE_VALUE_INVALID', { detail: error.message ?? '' });
  }
}

/** What the JSON Schema refuses, then what it cannot see: keys that do not exist, duplicates, loops. */
export function templateProblems(value: unknown): TemplateProblem[] {
  const validate = validator();
  if (!validate(value)) {
    const problems = (validate.errors ?? []).filter((e) => e.keyword !== 'if').map(schemaProblem);
    const unique = [...new Map(problems.map((p) => [`${p.path}|${p.message}`, p])).values()];
    return unique.slice(0, MAX_PROBLEMS);
  }
  return crossProblems(normaliseTemplate(value as RawTemplate)).slice(0, MAX_PROBLEMS);
}

type RawPhase = Omit<TemplatePhase, 'exitCriteria' | 'milestones'> & {
  exitCriteria?: (string | TemplatePhase['exitCriteria'][number])[];
  milestones?: TemplatePhase['milestones'];
};
type RawTemplate = Omit<ProjectTemplate, 'phases' | 'tasks' | 'communications'> & {
  phases: RawPhase[];
  tasks: (Omit<TemplateTask, 'description' | 'priority' | 'estimateHours'> & Partial<TemplateTask>)[];
  communications?: (Omit<TemplateCommunication, 'body' | 'audienceRoles'> & Partial<TemplateCommunication>)[];
};

/** Fills what the format lets a template leave out (criteria given as text, no description, ...). */
export function normaliseTemplate(raw: RawTemplate): ProjectTemplate {
  const template: ProjectTemplate = {
    roles: raw.roles.map((r) => ({ key: r.key, name: r.name, description: r.description ?? '' })),
    phases: raw.phases.map((p) => ({
      kind: p.kind,
      name: p.name,
      window: p.window,
      exitCriteria: (p.exitCriteria ?? []).map((c) => (typeof c === 'string' ? { label: c } : c)),
      milestones: p.milestones ?? [],
    })),
    tasks: raw.tasks.map((t) => ({ ...t, description: t.description ?? '', priority: t.priority ?? 'MEDIUM', estimateHours: t.estimateHours ?? 0 })),
    risks: raw.risks.map((r) => ({ ...r, description: r.description ?? '', mitigation: r.mitigation ?? '' })),
    kpis: raw.kpis.map((k) => ({ ...k, description: k.description ?? '' })),
  };
  // Left out, the program plans the standard messages; an empty list plans none.
  if (raw.communications !== undefined) {
    template.communications = raw.communications.map((m) => ({
      offsetDays: m.offsetDays,
      title: m.title.trim(),
      body: m.body ?? '',
      channel: m.channel,
      audienceRoles: m.audienceRoles ?? [],
      ...(m.ownerRole !== undefined ? { ownerRole: m.ownerRole } : {}),
    }));
  }
  if (raw.name !== undefined) template.name = raw.name;
  if (raw.crmProduct !== undefined) template.crmProduct = raw.crmProduct;
  if (raw.description !== undefined) template.description = raw.description;
  return template;
}

function duplicates<T>(items: T[], keyOf: (item: T) => string, path: (index: number) => string, what: 'ROLE' | 'PHASE' | 'TASK' | 'KPI' | 'MILESTONE'): TemplateProblem[] {
  const seen = new Set<string>();
  const problems: TemplateProblem[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) problems.push(problem(path(index), 'TEMPLATE_KEY_TWICE', { what, key }));
    seen.add(key);
  });
  return problems;
}

function crossProblems(template: ProjectTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const roles = new Set(template.roles.map((r) => r.key));
  const kinds = new Set(template.phases.map((p) => p.kind));
  const milestones = new Set(template.phases.flatMap((p) => p.milestones.map((m) => m.key)));
  const tasks = new Set(template.tasks.map((t) => t.key));
  const kpis = new Set(template.kpis.map((k) => k.key));
  const needRole = (key: string | undefined, path: string) => {
    if (key !== undefined && !roles.has(key)) problems.push(problem(path, 'TEMPLATE_NO_SUCH_ROLE', { key }));
  };

  problems.push(...duplicates(template.roles, (r) => r.key, (i) => `roles[${i}].key`, 'ROLE'));
  problems.push(...duplicates(template.phases, (p) => p.kind, (i) => `phases[${i}].kind`, 'PHASE'));
  problems.push(...duplicates(template.tasks, (t) => t.key, (i) => `tasks[${i}].key`, 'TASK'));
  problems.push(...duplicates(template.kpis, (k) => k.key, (i) => `kpis[${i}].key`, 'KPI'));
  const allMilestones = template.phases.flatMap((p, pi) => p.milestones.map((m, mi) => ({ key: m.key, path: `phases[${pi}].milestones[${mi}].key` })));
  problems.push(...duplicates(allMilestones, (m) => m.key, (i) => allMilestones[i].path, 'MILESTONE'));

  template.phases.forEach((phase, pi) => {
    const { from, to } = phase.window;
    if ('at' in from && 'at' in to && from.at > to.at) problems.push(problem(`phases[${pi}].window`, 'TEMPLATE_WINDOW_BACKWARDS'));
    phase.exitCriteria.forEach((criterion, ci) => {
      const path = `phases[${pi}].exitCriteria[${ci}]`;
      needRole(criterion.signOffRole, `${path}.signOffRole`);
      if (!criterion.rule) return;
      for (const p of gateRuleProblems(criterion.rule as GateRule)) problems.push(problem(`${path}.rule.${p.field}`, p.code, { field: p.field, ...p.params }));
      if (criterion.rule.kind === 'KPI_AT_THRESHOLD' && criterion.rule.kpiKey && !kpis.has(criterion.rule.kpiKey)) {
        problems.push(problem(`${path}.rule.kpiKey`, 'TEMPLATE_NO_SUCH_KPI', { key: criterion.rule.kpiKey }));
      }
    });
  });

  const edges: DependencyEdge[] = [];
  template.tasks.forEach((task, ti) => {
    needRole(task.role, `tasks[${ti}].role`);
    if (!kinds.has(task.phase)) problems.push(problem(`tasks[${ti}].phase`, 'TEMPLATE_NO_SUCH_PHASE', { kind: task.phase }));
    if (task.milestone !== undefined && !milestones.has(task.milestone)) problems.push(problem(`tasks[${ti}].milestone`, 'TEMPLATE_NO_SUCH_MILESTONE', { key: task.milestone }));
    const named = new Set<string>();
    (task.dependsOn ?? []).forEach((dependsOn, di) => {
      const dependsOnId = templateDependency(dependsOn).task;
      const path = typeof dependsOn === 'string' ? `tasks[${ti}].dependsOn[${di}]` : `tasks[${ti}].dependsOn[${di}].task`;
      const twice = named.has(dependsOnId);
      named.add(dependsOnId);
      const loop = !twice && tasks.has(dependsOnId) ? dependencyCycle(edges, { taskId: task.key, dependsOnId }) : null;
      if (twice) problems.push(problem(path, 'TEMPLATE_TASK_NAMED_TWICE', { key: dependsOnId }));
      else if (!tasks.has(dependsOnId)) problems.push(problem(path, 'TEMPLATE_NO_SUCH_TASK', { key: dependsOnId }));
      else if (loop) problems.push(problem(path, 'TEMPLATE_DEPENDENCY_LOOP', { loop: loop.join(' → ') }));
      else edges.push({ taskId: task.key, dependsOnId });
    });
  });
  template.risks.forEach((risk, ri) => needRole(risk.role, `risks[${ri}].role`));
  (template.communications ?? []).forEach((message, mi) => {
    if (message.title === '') problems.push(problem(`communications[${mi}].title`, 'TEMPLATE_BLANK'));
    message.audienceRoles.forEach((role, ri) => needRole(role, `communications[${mi}].audienceRoles[${ri}]`));
    needRole(message.ownerRole, `communications[${mi}].ownerRole`);
  });
  return problems;
}

export type TemplateParse = { ok: true; template: ProjectTemplate } | { ok: false; problems: TemplateProblem[] };

/** Reads a template's JSON text: the template ready to instantiate, or every problem found with its path. */
export function parseTemplate(content: string): TemplateParse {
  if (content.length > TEMPLATE_MAX_LENGTH) {
    return { ok: false, problems: [problem('', 'TEMPLATE_TOO_LARGE', { max: TEMPLATE_MAX_LENGTH })] };
  }
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return { ok: false, problems: [problem('', 'TEMPLATE_NOT_JSON', { detail: (error as Error).message })] };
  }
  const problems = templateProblems(value);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, template: normaliseTemplate(value as RawTemplate) };
}

/** One line per problem, `path: message`, for an error shown to the user. */
export function describeTemplateProblems(problems: TemplateProblem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n');
}
