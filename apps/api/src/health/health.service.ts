import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { assessKpi, daysLate, programHealth, riskScore, todayIso } from '@crm/domain';

import { ProjectAccessService } from '../projects/project-access.service';
import { TeamService } from '../team/team.service';
import { TrainingService } from '../training/training.service';
import { HealthArea, HealthStatus, ProjectHealthModel } from './models/project-health.model';

/**
 * Gathers the facts of a program and hands them to the health rules in libs/domain; every figure
 * comes from the same services the detail pages use, so the health page never disagrees with them.
 */
@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly team: TeamService,
    private readonly training: TrainingService,
  ) {}

  async projectHealth(projectId: string, userId: string): Promise<ProjectHealthModel> {
    await this.access.canView(projectId, userId);
    const today = todayIso();
    const milestones: { name: string; due_date: string }[] = await this.db.query(
      "SELECT name, due_date FROM milestones WHERE project_id = $1 AND status <> 'DONE' AND due_date < $2",
      [projectId, today],
    );
    const [tasks]: { total: number; done: number; unowned: number; unowned_critical: number }[] = await this.db.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE t.status = 'DONE')::int AS done,
         count(*) FILTER (WHERE t.status <> 'DONE' AND t.assignee_id IS NULL AND ra.person_id IS NULL)::int AS unowned,
         count(*) FILTER (WHERE t.status <> 'DONE' AND t.assignee_id IS NULL AND ra.person_id IS NULL AND t.priority = 'CRITICAL')::int AS unowned_critical
       FROM tasks t LEFT JOIN role_assignments ra ON ra.role_id = t.role_id AND ra.is_primary WHERE t.project_id = $1`,
      [projectId],
    );
    // Only roles that have open work count as gaps: a catalog role the program does not use is not a problem.
    const unfilled: { name: string }[] = await this.db.query(
      `SELECT r.name FROM roles r WHERE r.project_id = $1
         AND NOT EXISTS (SELECT 1 FROM role_assignments a WHERE a.role_id = r.id)
         AND EXISTS (SELECT 1 FROM tasks t WHERE t.role_id = r.id AND t.status <> 'DONE')
       ORDER BY r.position`,
      [projectId],
    );
    const overAllocated = await this.team.overAllocated(projectId);
    const waves: { id: string; project_id: string; name: string; go_live_date: string }[] = await this.db.query(
      "SELECT id, project_id, name, go_live_date FROM rollout_waves WHERE project_id = $1 AND status <> 'CLOSED' AND (status = 'LIVE' OR go_live_date <= $2) ORDER BY go_live_date",
      [projectId, today],
    );
    const training = [];
    for (const wave of waves) {
      const compliance = await this.training.complianceOf(wave);
      const retraining = await this.training.retrainingOf(wave.id);
      training.push({ waveId: wave.id, waveName: wave.name, cadence: compliance.status, sessionsInWindow: compliance.sessionsInWindow, gaps: compliance.gaps, retrainingCount: retraining.length });
    }
    const kpiRows: { id: string; name: string; baseline: string | null; target: string; direction: 'UP' | 'DOWN' }[] = await this.db.query(
      'SELECT id, name, baseline, target, direction FROM kpis WHERE project_id = $1 ORDER BY created_at, name',
      [projectId],
    );
    const measurements: { kpi_id: string; measured_on: string; value: string }[] = await this.db.query(
      'SELECT m.kpi_id, m.measured_on, m.value FROM kpi_measurements m JOIN kpis k ON k.id = m.kpi_id WHERE k.project_id = $1',
      [projectId],
    );
    const kpis = kpiRows.map((k) => ({
      name: k.name,
      status: assessKpi(
        { baseline: k.baseline === null ? null : Number(k.baseline), target: Number(k.target), direction: k.direction },
        measurements.filter((m) => m.kpi_id === k.id).map((m) => ({ at: m.measured_on, value: Number(m.value) })),
      ).status,
    }));
    const risks: { title: string; likelihood: number; impact: number }[] = await this.db.query(
      "SELECT title, likelihood, impact FROM risks WHERE project_id = $1 AND status <> 'CLOSED'",
      [projectId],
    );
    const openRisks = risks.map((r) => ({ title: r.title, score: riskScore(r.likelihood, r.impact) })).sort((a, b) => b.score - a.score);

    const result = programHealth({
      overdueMilestones: milestones.map((m) => ({ name: m.name, daysLate: daysLate(m.due_date, false, today) })),
      unownedOpenTasks: tasks.unowned,
      unownedCriticalTasks: tasks.unowned_critical,
      unfilledRoles: unfilled.map((r) => r.name),
      overAllocatedPeople: overAllocated.map((o) => ({ name: o.person.name, totalPercent: o.totalPercent })),
      liveWaves: training.map((t) => ({ name: t.waveName, cadence: t.cadence, gaps: t.gaps, retrainingCount: t.retrainingCount })),
      kpis,
      openRisks,
    });
    return {
      status: result.status as HealthStatus,
      reasons: result.reasons.map((r) => r.message),
      reasonDetails: result.reasons.map((r) => ({ area: r.area as HealthArea, status: r.status as HealthStatus, message: r.message })),
      generatedAt: new Date(),
      overdueMilestones: milestones.length,
      percentDone: tasks.total === 0 ? 0 : Math.round((100 * tasks.done) / tasks.total),
      unownedOpenTasks: tasks.unowned,
      unfilledRoles: unfilled.map((r) => r.name),
      overAllocatedPeople: overAllocated.length,
      training,
      kpis,
      topRisks: openRisks.slice(0, 5),
    };
  }
}
