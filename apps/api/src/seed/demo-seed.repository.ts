import { DataSource } from 'typeorm';

/**
 * The demo seed's own statements. Most of the demo is created through the areas' services, like
 * a user would; what is here cannot be: the run-once marker, and moving a fresh program back in
 * time (work planned before today done on its planned dates), which no service offers because no
 * user may rewrite when something happened.
 */
export class DemoSeedRepository {
  constructor(private readonly db: DataSource) {}

  /** True for the one caller that sets the marker; it stays even if the demo is deleted later. */
  async claimMarker(key: string): Promise<boolean> {
    const claimed: unknown[] = await this.db.query(
      'INSERT INTO app_settings (key, value) VALUES ($1, now()::text) ON CONFLICT (key) DO NOTHING RETURNING key',
      [key],
    );
    return claimed.length > 0;
  }

  /**
   * Criteria, milestones and phases planned to end before `today` are done on their planned
   * dates, phases under way have started; tasks due before today are done except the latest one,
   * left overdue to show what that looks like, and the next fortnight's tasks are in progress.
   */
  async completePlanBefore(projectId: string, today: string, inProgressUntil: string): Promise<void> {
    await this.db.query('UPDATE exit_criteria SET done = true WHERE phase_id IN (SELECT id FROM phases WHERE project_id = $1 AND planned_end < $2)', [projectId, today]);
    await this.db.query("UPDATE milestones SET status = 'DONE', completed_at = due_date::timestamptz WHERE project_id = $1 AND due_date < $2", [projectId, today]);
    await this.db.query(
      `UPDATE phases SET status = CASE WHEN planned_end < $2 THEN 'COMPLETED' ELSE 'IN_PROGRESS' END, actual_start = planned_start,
         actual_end = CASE WHEN planned_end < $2 THEN planned_end END, version = version + 1
       WHERE project_id = $1 AND planned_start <= $2`,
      [projectId, today],
    );
    await this.db.query(
      `UPDATE tasks SET status = 'DONE', version = version + 1 WHERE project_id = $1 AND due_date < $2
         AND id <> (SELECT id FROM tasks WHERE project_id = $1 AND due_date < $2 ORDER BY due_date DESC LIMIT 1)`,
      [projectId, today],
    );
    await this.db.query("UPDATE tasks SET status = 'IN_PROGRESS' WHERE project_id = $1 AND status = 'TODO' AND due_date BETWEEN $2 AND $3", [projectId, today, inProgressUntil]);
  }

  /** The plan's milestone with this template key, met on `day` (ahead of or behind its plan). */
  async milestoneMetOn(projectId: string, templateKey: string, day: string): Promise<void> {
    await this.db.query(
      "UPDATE milestones SET status = 'DONE', completed_at = $3::timestamptz, version = version + 1 WHERE project_id = $1 AND template_key = $2",
      [projectId, templateKey, day],
    );
  }

  /** Who holds the role with this key in the project (the first holder found). */
  async holderOf(projectId: string, roleKey: string): Promise<string> {
    const [row]: { person_id: string }[] = await this.db.query(
      'SELECT a.person_id FROM role_assignments a JOIN roles r ON r.id = a.role_id WHERE r.project_id = $1 AND r.key = $2',
      [projectId, roleKey],
    );
    return row.person_id;
  }
}
