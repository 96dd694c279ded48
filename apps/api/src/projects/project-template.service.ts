import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { planDate, ROLE_CATALOG, STANDARD_TEMPLATE } from '@crm/domain';

import { bulkInsert } from '../common/database/bulk-insert';

export enum ProjectTemplateKind {
  STANDARD = 'STANDARD',
  EMPTY = 'EMPTY',
}

/**
 * Turns the standard template (libs/domain/src/template/standard-template.json) into a program's
 * phases, milestones, roles, tasks, risks and KPIs, with dates spread between start and go-live.
 * Runs inside the caller's transaction: a project is created whole or not at all.
 */
@Injectable()
export class ProjectTemplateService {
  async apply(tx: EntityManager, project: { id: string; startDate: string; targetGoLiveDate: string }, kind: ProjectTemplateKind): Promise<void> {
    const roleIds = new Map(ROLE_CATALOG.map((r) => [r.key, randomUUID()]));
    // Every project gets the role catalog, so even an empty plan can staff its team at once.
    await bulkInsert(
      tx,
      'roles',
      ROLE_CATALOG.map((r, position) => ({ id: roleIds.get(r.key), project_id: project.id, key: r.key, name: r.name, description: r.description, position })),
    );
    if (kind === ProjectTemplateKind.EMPTY) return;

    const when = (w: Parameters<typeof planDate>[0]) => planDate(w, project.startDate, project.targetGoLiveDate);
    const phaseIds = new Map(STANDARD_TEMPLATE.phases.map((p) => [p.kind, randomUUID()]));
    const milestoneIds = new Map<string, string>();
    await bulkInsert(
      tx,
      'phases',
      STANDARD_TEMPLATE.phases.map((p, position) => ({
        id: phaseIds.get(p.kind),
        project_id: project.id,
        kind: p.kind,
        name: p.name,
        position: position + 1,
        planned_start: when(p.window.from),
        planned_end: when(p.window.to),
      })),
    );
    await bulkInsert(
      tx,
      'exit_criteria',
      STANDARD_TEMPLATE.phases.flatMap((p) => p.exitCriteria.map((label, position) => ({ phase_id: phaseIds.get(p.kind), label, position: position + 1 }))),
    );
    await bulkInsert(
      tx,
      'milestones',
      STANDARD_TEMPLATE.phases.flatMap((p) =>
        p.milestones.map((m) => {
          const id = randomUUID();
          milestoneIds.set(`${p.kind}/${m.key}`, id);
          return { id, project_id: project.id, phase_id: phaseIds.get(p.kind), name: m.name, due_date: when(m.due), template_key: m.key };
        }),
      ),
    );
    const taskIds = new Map(STANDARD_TEMPLATE.tasks.map((t) => [t.key, randomUUID()]));
    await bulkInsert(
      tx,
      'tasks',
      STANDARD_TEMPLATE.tasks.map((t) => ({
        id: taskIds.get(t.key),
        project_id: project.id,
        phase_id: phaseIds.get(t.phase),
        milestone_id: t.milestone ? milestoneIds.get(`${t.phase}/${t.milestone}`) : null,
        role_id: roleIds.get(t.role),
        title: t.title,
        description: t.description,
        priority: t.priority,
        due_date: when(t.due),
        estimate_hours: t.estimateHours,
      })),
    );
    await bulkInsert(
      tx,
      'task_dependencies',
      STANDARD_TEMPLATE.tasks.flatMap((t) =>
        (t.dependsOn ?? []).map((key) => ({ task_id: taskIds.get(t.key), depends_on_id: taskIds.get(key), project_id: project.id })),
      ),
    );
    await bulkInsert(
      tx,
      'risks',
      STANDARD_TEMPLATE.risks.map((r) => ({
        project_id: project.id,
        title: r.title,
        description: r.description,
        likelihood: r.likelihood,
        impact: r.impact,
        mitigation: r.mitigation,
        role_id: roleIds.get(r.role),
      })),
    );
    await bulkInsert(
      tx,
      'kpis',
      STANDARD_TEMPLATE.kpis.map((k) => ({
        project_id: project.id,
        key: k.key,
        name: k.name,
        description: k.description,
        unit: k.unit,
        direction: k.direction,
        baseline: k.baseline,
        target: k.target,
      })),
    );
  }
}
