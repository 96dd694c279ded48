import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import type { ProgramStructure, ProjectTemplate } from '@crm/domain';

export interface ProgramTemplateRow {
  id: string;
  name: string;
  crm_product: string | null;
  description: string | null;
  created_at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The program_templates table, and the reads that write a program out as a template. */
@Injectable()
export class ProgramTemplatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(organisationId: string, createdBy: string, template: ProjectTemplate & { name: string }): Promise<ProgramTemplateRow> {
    const rows: ProgramTemplateRow[] = await this.db.query(
      `INSERT INTO program_templates (organisation_id, name, crm_product, content, created_by)
       VALUES ($1, $2, $3, $4, $5)
       RETURNING id, name, crm_product, content->>'description' AS description, created_at`,
      [organisationId, template.name, template.crmProduct ?? null, JSON.stringify(template), createdBy],
    );
    return rows[0];
  }

  listOf(organisationId: string): Promise<ProgramTemplateRow[]> {
    return this.db.query(
      `SELECT id, name, crm_product, content->>'description' AS description, created_at
         FROM program_templates WHERE organisation_id = $1 ORDER BY name, created_at`,
      [organisationId],
    );
  }

  /** The template with this id of the user's organisation; null for an unknown id or another organisation's. */
  async contentFor(tx: EntityManager, id: string, userId: string): Promise<ProjectTemplate | null> {
    if (!UUID.test(id)) return null;
    const rows: { content: ProjectTemplate }[] = await tx.query(
      'SELECT content FROM program_templates WHERE id = $1 AND organisation_id = (SELECT organisation_id FROM users WHERE id = $2)',
      [id, userId],
    );
    return rows[0]?.content ?? null;
  }

  /** A program's plan as it stands, one statement per table whatever its size. */
  async structureOf(projectId: string): Promise<ProgramStructure> {
    const q = <T>(sql: string) => this.db.query(sql, [projectId]) as Promise<T[]>;
    const [[project], roles, phases, exitCriteria, milestones, tasks, dependencies, risks, kpis, [plan]] = await Promise.all([
      q<{ name: string; crmProduct: string; startDate: string; goLiveDate: string }>(
        'SELECT name, crm_product AS "crmProduct", start_date::text AS "startDate", target_go_live_date::text AS "goLiveDate" FROM projects WHERE id = $1',
      ),
      q<ProgramStructure['roles'][number]>('SELECT id, key, name, description FROM roles WHERE project_id = $1 ORDER BY position, name'),
      q<ProgramStructure['phases'][number]>(
        'SELECT id, kind, name, planned_start::text AS "plannedStart", planned_end::text AS "plannedEnd" FROM phases WHERE project_id = $1 ORDER BY position',
      ),
      q<ProgramStructure['exitCriteria'][number]>(
        `SELECT c.phase_id AS "phaseId", c.label, c.rule, c.sign_off_role_id AS "signOffRoleId"
           FROM exit_criteria c JOIN phases p ON p.id = c.phase_id WHERE p.project_id = $1 ORDER BY p.position, c.position`,
      ),
      q<ProgramStructure['milestones'][number]>(
        `SELECT m.id, m.phase_id AS "phaseId", m.name, m.due_date::text AS "dueDate", m.template_key AS "templateKey"
           FROM milestones m WHERE m.project_id = $1 ORDER BY m.due_date, m.name`,
      ),
      q<ProgramStructure['tasks'][number]>(
        `SELECT id, phase_id AS "phaseId", milestone_id AS "milestoneId", role_id AS "roleId", title, description, priority,
                due_date::text AS "dueDate", estimate_hours::float8 AS "estimateHours"
           FROM tasks WHERE project_id = $1 ORDER BY due_date NULLS LAST, created_at, id`,
      ),
      q<ProgramStructure['dependencies'][number]>('SELECT task_id AS "taskId", depends_on_id AS "dependsOnId", lag_days AS "lagDays" FROM task_dependencies WHERE project_id = $1'),
      q<ProgramStructure['risks'][number]>(
        'SELECT title, description, likelihood, impact, mitigation, role_id AS "roleId" FROM risks WHERE project_id = $1 ORDER BY created_at, title',
      ),
      q<ProgramStructure['kpis'][number]>(
        'SELECT key, name, unit, direction, baseline::float8 AS baseline, target::float8 AS target, description FROM kpis WHERE project_id = $1 ORDER BY created_at, name',
      ),
      q<{ messages: NonNullable<ProgramStructure['communications']> }>('SELECT messages FROM communication_plans WHERE project_id = $1'),
    ]);
    return { ...project, roles, phases, exitCriteria, milestones, tasks, dependencies, risks, kpis, communications: plan?.messages ?? null };
  }
}
