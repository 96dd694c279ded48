import { daysBetween } from '../phases/milestone-schedule';
import type { GateRule } from '../phases/gate-rules';
import type { IsoDate } from '../projects/project-schedule';
import { programCommunicationPlan } from '../communications/communication-plan';
import type { PhaseKind, ProjectTemplate, TaskPriority, TemplateCommunication, TemplateDependsOn, TemplateWhen } from './project-template';

/** A program's structure as read for export: rows with their ids and calendar dates. */
export interface ProgramStructure {
  name: string;
  crmProduct: string;
  startDate: IsoDate;
  goLiveDate: IsoDate;
  roles: { id: string; key: string; name: string; description: string }[];
  phases: { id: string; kind: PhaseKind; name: string; plannedStart: IsoDate; plannedEnd: IsoDate }[];
  exitCriteria: { phaseId: string; label: string; rule: GateRule | null; signOffRoleId: string | null }[];
  milestones: { id: string; phaseId: string; name: string; dueDate: IsoDate; templateKey: string | null }[];
  tasks: { id: string; phaseId: string; milestoneId: string | null; roleId: string; title: string; description: string; priority: TaskPriority; dueDate: IsoDate | null; estimateHours: number | null }[];
  dependencies: { taskId: string; dependsOnId: string; lagDays: number }[];
  risks: { title: string; description: string; likelihood: number; impact: number; mitigation: string; roleId: string | null }[];
  kpis: { key: string; name: string; unit: string; direction: 'UP' | 'DOWN'; baseline: number | null; target: number; description: string }[];
  /** The program's own communications plan; null for a program that plans the standard one. */
  communications: TemplateCommunication[] | null;
}

/** A calendar day as a template point: a fraction of the way to go-live, or days after it. */
export function templateWhen(date: IsoDate, startDate: IsoDate, goLiveDate: IsoDate): TemplateWhen {
  const span = daysBetween(startDate, goLiveDate);
  const after = daysBetween(goLiveDate, date);
  if (after > 0 || span <= 0) return { afterGoLiveDays: after };
  return { at: Math.min(1, Math.max(0, Math.round((daysBetween(startDate, date) / span) * 10000) / 10000)) };
}

function slug(text: string, taken: Set<string>): string {
  const base = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 56) || 'item';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

/**
 * Writes a program's structure as a template: windows, milestones and task dates relative to its
 * start and go-live, criteria with their rules and signing roles, dependencies with their lags,
 * roles, risks, KPIs and the communications plan its waves start with. Keys come from the role
 * keys and milestone template keys, or are made from the titles. A plan's role that is no longer
 * among the program's roles (in the trash) is left out, so the template reads back.
 */
export function templateFromProgram(program: ProgramStructure): ProjectTemplate {
  const when = (date: IsoDate) => templateWhen(date, program.startDate, program.goLiveDate);
  const roleKey = new Map(program.roles.map((r) => [r.id, r.key]));
  const roleKeys = new Set(roleKey.values());
  const fallbackRole = program.roles.find((r) => r.key === 'PROJECT_MANAGER')?.key ?? program.roles[0]?.key ?? 'PROJECT_MANAGER';
  const phaseById = new Map(program.phases.map((p) => [p.id, p]));
  const milestoneKeys = new Set<string>();
  const milestoneKey = new Map(program.milestones.map((m) => [m.id, m.templateKey && !milestoneKeys.has(m.templateKey) ? (milestoneKeys.add(m.templateKey), m.templateKey) : slug(m.name, milestoneKeys)]));
  const taskKeys = new Set<string>();
  const taskKey = new Map(program.tasks.map((t) => [t.id, slug(t.title, taskKeys)]));
  return {
    name: `${program.name} template`.slice(0, 120),
    crmProduct: program.crmProduct,
    description: `Written from the program ${program.name}.`.slice(0, 2000),
    roles: program.roles.map((r) => ({ key: r.key, name: r.name, description: r.description })),
    phases: program.phases.map((p) => ({
      kind: p.kind,
      name: p.name,
      window: { from: when(p.plannedStart), to: when(p.plannedEnd) },
      exitCriteria: program.exitCriteria
        .filter((c) => c.phaseId === p.id)
        .map((c) => {
          const signOffRole = c.signOffRoleId ? roleKey.get(c.signOffRoleId) : undefined;
          return { label: c.label, ...(c.rule ? { rule: c.rule } : {}), ...(signOffRole ? { signOffRole } : {}) };
        }),
      milestones: program.milestones.filter((m) => m.phaseId === p.id).map((m) => ({ key: milestoneKey.get(m.id) as string, name: m.name, due: when(m.dueDate) })),
    })),
    tasks: program.tasks.map((t) => {
      const phase = phaseById.get(t.phaseId);
      const dependsOn = program.dependencies
        .filter((d) => d.taskId === t.id)
        .map((d): TemplateDependsOn => {
          const task = taskKey.get(d.dependsOnId) as string;
          return d.lagDays === 0 ? task : { task, lagDays: d.lagDays };
        });
      return {
        key: taskKey.get(t.id) as string,
        title: t.title,
        description: t.description,
        phase: phase?.kind ?? 'CUSTOM',
        ...(t.milestoneId && milestoneKey.has(t.milestoneId) ? { milestone: milestoneKey.get(t.milestoneId) } : {}),
        role: roleKey.get(t.roleId) ?? fallbackRole,
        priority: t.priority,
        due: when(t.dueDate ?? phase?.plannedEnd ?? program.goLiveDate),
        estimateHours: t.estimateHours ?? 0,
        ...(dependsOn.length > 0 ? { dependsOn } : {}),
      };
    }),
    risks: program.risks.map((r) => ({
      title: r.title,
      description: r.description,
      likelihood: r.likelihood,
      impact: r.impact,
      mitigation: r.mitigation,
      role: (r.roleId ? roleKey.get(r.roleId) : undefined) ?? fallbackRole,
    })),
    kpis: program.kpis.map((k) => ({ ...k })),
    communications: programCommunicationPlan(program.communications).map((m) => ({
      offsetDays: m.offsetDays,
      title: m.title,
      body: m.body,
      channel: m.channel,
      audienceRoles: m.audienceRoles.filter((key) => roleKeys.has(key)),
      ...(m.ownerRole && roleKeys.has(m.ownerRole) ? { ownerRole: m.ownerRole } : {}),
    })),
  };
}
