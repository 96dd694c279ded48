import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { GateRule, TemplateCommunication } from '@crm/domain';

import { bulkInsert } from '../common/database/bulk-insert';

/**
 * A program's starting plan with every id and date already decided. Template instantiation is
 * the one writer of many areas' tables: a project is created whole in one transaction, in one
 * multi-row INSERT per table, before any area's service has a record to work on.
 */
export interface TemplatePlan {
  projectId: string;
  roles: { id: string; key: string; name: string; description: string; position: number; custom: boolean }[];
  phases: { id: string; kind: string; name: string; position: number; plannedStart: string; plannedEnd: string }[];
  exitCriteria: { phaseId: string; label: string; position: number; rule: GateRule | null; signOffRoleId: string | null }[];
  milestones: { id: string; phaseId: string; name: string; dueDate: string; templateKey: string }[];
  tasks: {
    id: string;
    phaseId: string;
    milestoneId: string | null;
    roleId: string;
    title: string;
    description: string;
    priority: string;
    dueDate: string;
    estimateHours: number | null;
  }[];
  dependencies: { taskId: string; dependsOnId: string; lagDays: number }[];
  risks: { title: string; description: string; likelihood: number; impact: number; mitigation: string; roleId: string }[];
  kpis: { key: string; name: string; description: string; unit: string; direction: string; baseline: number | null; target: number }[];
  /** The messages each new wave starts with; null stores none, so its waves get the standard plan. */
  communications: TemplateCommunication[] | null;
}

@Injectable()
export class ProjectTemplateRepository {
  /** Tables in dependency order; empty lists insert nothing. */
  async insert(tx: EntityManager, plan: TemplatePlan): Promise<void> {
    const project_id = plan.projectId;
    await bulkInsert(tx, 'roles', plan.roles.map((r) => ({ id: r.id, project_id, key: r.key, name: r.name, description: r.description, position: r.position, custom: r.custom })));
    await bulkInsert(
      tx,
      'phases',
      plan.phases.map((p) => ({ id: p.id, project_id, kind: p.kind, name: p.name, position: p.position, planned_start: p.plannedStart, planned_end: p.plannedEnd })),
    );
    await bulkInsert(
      tx,
      'exit_criteria',
      plan.exitCriteria.map((c) => ({
        phase_id: c.phaseId,
        label: c.label,
        position: c.position,
        kind: c.rule ? 'RULE' : 'CHECKBOX',
        rule: c.rule ? JSON.stringify(c.rule) : null,
        sign_off_role_id: c.signOffRoleId,
      })),
    );
    await bulkInsert(
      tx,
      'milestones',
      plan.milestones.map((m) => ({ id: m.id, project_id, phase_id: m.phaseId, name: m.name, due_date: m.dueDate, template_key: m.templateKey })),
    );
    await bulkInsert(
      tx,
      'tasks',
      plan.tasks.map((t) => ({
        id: t.id,
        project_id,
        phase_id: t.phaseId,
        milestone_id: t.milestoneId,
        role_id: t.roleId,
        title: t.title,
        description: t.description,
        priority: t.priority,
        due_date: t.dueDate,
        estimate_hours: t.estimateHours,
      })),
    );
    await bulkInsert(tx, 'task_dependencies', plan.dependencies.map((d) => ({ task_id: d.taskId, depends_on_id: d.dependsOnId, project_id, lag_days: d.lagDays })));
    await bulkInsert(
      tx,
      'risks',
      plan.risks.map((r) => ({
        project_id,
        title: r.title,
        description: r.description,
        likelihood: r.likelihood,
        impact: r.impact,
        mitigation: r.mitigation,
        role_id: r.roleId,
      })),
    );
    await bulkInsert(
      tx,
      'kpis',
      plan.kpis.map((k) => ({
        project_id,
        key: k.key,
        name: k.name,
        description: k.description,
        unit: k.unit,
        direction: k.direction,
        baseline: k.baseline,
        target: k.target,
      })),
    );
    if (plan.communications) {
      await tx.query('INSERT INTO communication_plans (project_id, messages) VALUES ($1, $2::jsonb)', [project_id, JSON.stringify(plan.communications)]);
    }
  }
}
