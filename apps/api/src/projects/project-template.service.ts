import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { planDate, ProjectTemplate, ROLE_CATALOG, templateDependency } from '@crm/domain';

import { ProjectTemplateRepository, TemplatePlan } from './project-template.repository';

export enum ProjectTemplateKind {
  STANDARD = 'STANDARD',
  EMPTY = 'EMPTY',
}

/** The id planned for a template key; a key the template never declared is a broken template. */
function idOf<K>(ids: Map<K, string>, key: K): string {
  const id = ids.get(key);
  if (!id) throw new Error(`The project template refers to ${String(key)}, which it does not declare.`);
  return id;
}

/**
 * Turns a template (a built-in one from libs/domain/src/template or an imported one) into a
 * program's phases, milestones, roles, tasks with their dependencies and lags, risks, KPIs and the
 * communications plan its waves start with, with dates spread between start and go-live. Runs inside the caller's transaction: a project is created whole or not at all.
 */
@Injectable()
export class ProjectTemplateService {
  constructor(private readonly plans: ProjectTemplateRepository) {}

  /** Inserts the plan; answers its milestones, whose reminders the caller schedules. */
  /** `template` null: the EMPTY kind, the role catalog alone. */
  async apply(tx: EntityManager, project: { id: string; startDate: string; targetGoLiveDate: string }, template: ProjectTemplate | null): Promise<{ id: string; dueDate: string }[]> {
    const plan = this.plan(project, template);
    await this.plans.insert(tx, plan);
    return plan.milestones.map((m) => ({ id: m.id, dueDate: m.dueDate }));
  }

  private plan(project: { id: string; startDate: string; targetGoLiveDate: string }, template: ProjectTemplate | null): TemplatePlan {
    // Every project gets roles, so even an empty plan can staff its team at once; roles beyond the catalog are the program's own (removable).
    const catalog = new Set(ROLE_CATALOG.map((r) => r.key));
    const roleList = template?.roles ?? ROLE_CATALOG;
    const roleIds = new Map(roleList.map((r) => [r.key, randomUUID()]));
    const roles = roleList.map((r, position) => ({ id: idOf(roleIds, r.key), key: r.key, name: r.name, description: r.description, position, custom: !catalog.has(r.key) }));
    const empty: TemplatePlan = { projectId: project.id, roles, phases: [], exitCriteria: [], milestones: [], tasks: [], dependencies: [], risks: [], kpis: [], communications: null };
    if (!template) return empty;

    const when = (w: Parameters<typeof planDate>[0]) => planDate(w, project.startDate, project.targetGoLiveDate);
    const phaseIds = new Map(template.phases.map((p) => [p.kind, randomUUID()]));
    const milestoneIds = new Map(template.phases.flatMap((p) => p.milestones.map((m) => [`${p.kind}/${m.key}`, randomUUID()] as const)));
    const taskIds = new Map(template.tasks.map((t) => [t.key, randomUUID()]));
    return {
      ...empty,
      phases: template.phases.map((p, position) => ({
        id: idOf(phaseIds, p.kind),
        kind: p.kind,
        name: p.name,
        position: position + 1,
        plannedStart: when(p.window.from),
        plannedEnd: when(p.window.to),
      })),
      exitCriteria: template.phases.flatMap((p) =>
        p.exitCriteria.map((c, position) => ({
          phaseId: idOf(phaseIds, p.kind),
          label: c.label,
          position: position + 1,
          rule: c.rule ?? null,
          signOffRoleId: c.signOffRole ? idOf(roleIds, c.signOffRole) : null,
        })),
      ),
      milestones: template.phases.flatMap((p) =>
        p.milestones.map((m) => ({ id: idOf(milestoneIds, `${p.kind}/${m.key}`), phaseId: idOf(phaseIds, p.kind), name: m.name, dueDate: when(m.due), templateKey: m.key })),
      ),
      tasks: template.tasks.map((t) => ({
        id: idOf(taskIds, t.key),
        phaseId: idOf(phaseIds, t.phase),
        milestoneId: t.milestone ? idOf(milestoneIds, `${t.phase}/${t.milestone}`) : null,
        roleId: idOf(roleIds, t.role),
        title: t.title,
        description: t.description,
        priority: t.priority,
        dueDate: when(t.due),
        estimateHours: t.estimateHours,
      })),
      dependencies: template.tasks.flatMap((t) =>
        (t.dependsOn ?? []).map(templateDependency).map((d) => ({ taskId: idOf(taskIds, t.key), dependsOnId: idOf(taskIds, d.task), lagDays: d.lagDays })),
      ),
      risks: template.risks.map((r) => ({
        title: r.title,
        description: r.description,
        likelihood: r.likelihood,
        impact: r.impact,
        mitigation: r.mitigation,
        roleId: idOf(roleIds, r.role),
      })),
      kpis: template.kpis.map((k) => ({
        key: k.key,
        name: k.name,
        description: k.description,
        unit: k.unit,
        direction: k.direction,
        baseline: k.baseline,
        target: k.target,
      })),
      communications: template.communications ?? null,
    };
  }
}
