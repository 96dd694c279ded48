import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { assessKpi, type Message, communicationDaysLate, daysLate, goLiveOutsidePhase, goLiveOutsidePhaseReason, openSupportBreaches, programHealth, riskScore, SupportSeverity, todayIso } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { groupedByKey, RequestLoaders } from '../common/graphql/request-loaders';
import { CommunicationsRepository } from '../communications/communications.repository';
import { HypercareRepository } from '../hypercare/hypercare.repository';
import { toTargets } from '../hypercare/hypercare.service';
import { KpisRepository } from '../kpis/kpis.repository';
import { toKpi, toKpiMeasurement } from '../kpis/models/kpi.model';
import { MilestonesRepository } from '../phases/milestones.repository';
import { MilestoneStatus, PhaseKind } from '../phases/models/phase.model';
import { PhasesRepository } from '../phases/phases.repository';
import { PlanningService } from '../planning/planning.service';
import { RisksRepository } from '../risks/risks.repository';
import { WaveStatus } from '../rollout/models/rollout-wave.model';
import { RolloutRepository } from '../rollout/rollout.repository';
import { TaskFiguresRepository } from '../tasks/task-figures.repository';
import { TeamRepository } from '../team/team.repository';
import { TeamService } from '../team/team.service';
import { TrainingService } from '../training/training.service';
import { toMessageModel } from '../common/graphql/message.model';
import { GoLiveSlipVerdict, HealthArea, HealthReasonCode, HealthStatus, ProjectHealthModel } from './models/project-health.model';

/**
 * Gathers the facts of a program and hands them to the health rules in libs/domain; every figure
 * comes from the reads the detail pages use, so the health page never disagrees with them. Each
 * read is batched, so the page costs the same number of statements however many waves,
 * milestones, KPIs or risks the program has.
 */
@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly milestones: MilestonesRepository,
    private readonly tasks: TaskFiguresRepository,
    private readonly team: TeamRepository,
    private readonly teamService: TeamService,
    private readonly waves: RolloutRepository,
    private readonly training: TrainingService,
    private readonly kpis: KpisRepository,
    private readonly risks: RisksRepository,
    private readonly phases: PhasesRepository,
    private readonly hypercare: HypercareRepository,
    private readonly planning: PlanningService,
    private readonly communications: CommunicationsRepository,
  ) {}

  async projectHealth(access: ProjectAccess, loaders: RequestLoaders): Promise<ProjectHealthModel> {
    return (await this.healthOfProjects([access.projectId], loaders))[0];
  }

  /**
   * The health of several programs at once, in the same statements as one program's: the project
   * list shows every program's colour without a query per program. The caller has checked that
   * the user may see each of them. The go-live forecast comes from the request's program schedule
   * (`loaders`), so a page that also asks for the forecast or the critical path computes it once.
   */
  async healthOfProjects(projectIds: readonly string[], loaders: RequestLoaders = new RequestLoaders(this.db)): Promise<ProjectHealthModel[]> {
    const today = todayIso();
    // The figures do not depend on each other: on a server they are read side by side over the
    // pool (the task counts of a 200,000-task program take ~20 ms each), on the embedded database
    // they queue as before.
    const [milestones, tasks, unfilled, overAllocated, training, kpis, risks, wavesOutsidePhase, supportBreaches, goLiveSlips, lateMessages] = await Promise.all([
      this.milestones.byProjects(projectIds),
      this.tasks.ownershipSummary(projectIds),
      this.unfilledRoles(projectIds),
      this.teamService.overAllocatedOfProjects(projectIds),
      this.trainingOfLiveWaves(projectIds, today),
      this.kpiStatuses(projectIds),
      this.risks.openByProjects(projectIds),
      this.wavesGoingLiveOutsidePhase(projectIds),
      this.supportBreaches(projectIds),
      this.planning.goLiveSlips(projectIds, loaders),
      this.overdueCommunications(projectIds, today),
    ]);
    const milestonesOf = groupedByKey(projectIds, milestones, (m) => m.project_id);
    const trainingOf = groupedByKey(projectIds, training, (t) => t.projectId);
    const kpisOf = groupedByKey(projectIds, kpis, (k) => k.projectId);
    const risksOf = groupedByKey(projectIds, risks, (r) => r.project_id);
    return projectIds.map((_, i) => {
      const overdue = milestonesOf[i]
        .map((m) => ({ name: m.name, daysLate: daysLate(m.due_date, m.status === MilestoneStatus.DONE, today) }))
        .filter((m) => m.daysLate > 0);
      const openRisks = risksOf[i].map((r) => ({ title: r.title, score: riskScore(r.likelihood, r.impact) })).sort((a, b) => b.score - a.score);
      const programTraining = trainingOf[i].map(({ projectId: _projectId, ...t }) => t);
      const programKpis = kpisOf[i].map(({ name, status }) => ({ name, status }));
      const result = programHealth({
        overdueMilestones: overdue,
        unownedOpenTasks: tasks[i].needsOwner,
        unownedCriticalTasks: tasks[i].needsOwnerCritical,
        unfilledRoles: unfilled[i],
        overAllocatedPeople: overAllocated[i].map((o) => ({ name: o.person.name, totalPercent: o.totalPercent })),
        liveWaves: programTraining.map((t) => ({ name: t.waveName, cadence: t.cadence, gaps: t.gaps, retrainingCount: t.retrainingCount })),
        kpis: programKpis,
        openRisks,
        wavesGoingLiveOutsidePhase: wavesOutsidePhase[i],
        supportBreaches: supportBreaches[i],
        goLiveSlip: goLiveSlips[i],
        overdueCommunications: lateMessages[i],
      });
      return {
        status: result.status as HealthStatus,
        reasons: result.reasons.map((r) => r.message),
        reasonMessages: result.reasons.map((r) => toMessageModel(r.reason)),
        reasonDetails: result.reasons.map((r) => ({
          area: r.area as HealthArea,
          status: r.status as HealthStatus,
          message: r.message,
          code: (r.code as HealthReasonCode | undefined) ?? null,
          reason: toMessageModel(r.reason),
          goLiveSlip: r.goLiveSlip ? { ...r.goLiveSlip, verdict: r.goLiveSlip.verdict as GoLiveSlipVerdict } : null,
        })),
        generatedAt: new Date(),
        overdueMilestones: overdue.length,
        percentDone: tasks[i].total === 0 ? 0 : Math.round((100 * tasks[i].done) / tasks[i].total),
        unownedOpenTasks: tasks[i].needsOwner,
        unfilledRoles: unfilled[i],
        overAllocatedPeople: overAllocated[i].length,
        training: programTraining,
        kpis: programKpis,
        topRisks: openRisks.slice(0, 5),
        openSupportBreaches: supportBreaches[i].reduce((sum, w) => sum + w.openBreaches, 0),
      };
    });
  }

  /** Only roles that have open work count as gaps: a catalog role the program does not use is not a problem. */
  private async unfilledRoles(projectIds: readonly string[]): Promise<string[][]> {
    const roles = await this.team.rolesWithHolderCountOfProjects(projectIds);
    const withOpenWork = new Set((await this.tasks.rolesWithOpenTasks(projectIds)).map((r) => r.role_id));
    const gaps = roles.filter((r) => r.holder_count === 0 && withOpenWork.has(r.id));
    return groupedByKey(projectIds, gaps, (r) => r.project_id).map((group) => group.map((r) => r.name));
  }

  /** Waves live or past their go-live date, judged by the same cadence and re-training rules as the training page. */
  private async trainingOfLiveWaves(projectIds: readonly string[], today: string) {
    const waves = await this.waves.inTrainingByProjects(projectIds, today);
    const compliance = await this.training.complianceOfWaves(waves);
    const retraining = await this.training.retrainingOfWaves(waves.map((w) => w.id));
    return waves.map((wave, i) => ({
      projectId: wave.project_id,
      waveId: wave.id,
      waveName: wave.name,
      cadence: compliance[i].status,
      sessionsInWindow: compliance[i].sessionsInWindow,
      gaps: compliance[i].gaps,
      retrainingCount: retraining[i].length,
    }));
  }

  /** Waves not closed yet whose go-live falls outside the rollout phase's planned dates, as the wave card warns. */
  private async wavesGoingLiveOutsidePhase(projectIds: readonly string[]): Promise<{ name: string; warning: Message }[][]> {
    const [phases, waves] = await Promise.all([this.phases.byProjects(projectIds), this.waves.listOfProjects(projectIds)]);
    const phasesOf = groupedByKey(projectIds, phases, (p) => p.project_id);
    const wavesOf = groupedByKey(projectIds, waves, (w) => w.project_id);
    return projectIds.map((_, i) => {
      // The project's first rollout phase in working order, as PhasesRepository.firstRolloutPhase picks it.
      const phase = phasesOf[i].find((p) => p.kind === PhaseKind.PHASED_ROLLOUT);
      if (!phase) return [];
      const dates = { plannedStart: phase.planned_start, plannedEnd: phase.planned_end };
      return wavesOf[i]
        .filter((w) => w.status !== WaveStatus.CLOSED && goLiveOutsidePhase(w.go_live_date, dates))
        .map((w) => ({ name: w.name, warning: goLiveOutsidePhaseReason(w.name, w.go_live_date, dates) }));
    });
  }

  /** Open support items past a target, per wave, by the same rule as the hypercare page; two statements. */
  private async supportBreaches(projectIds: readonly string[]): Promise<{ name: string; openBreaches: number; urgentBreaches: number }[][]> {
    const [items, targets] = await Promise.all([this.hypercare.openOfProjects(projectIds), this.hypercare.targetsOfProjects(projectIds)]);
    const targetsOf = groupedByKey(projectIds, targets, (t) => t.project_id);
    const now = new Date();
    return groupedByKey(projectIds, items, (item) => item.project_id).map((own, i) => {
      const waves = new Map<string, typeof own>();
      for (const item of own) waves.set(item.wave_name, [...(waves.get(item.wave_name) ?? []), item]);
      return [...waves].map(([name, ofWave]) => {
        const facts = ofWave.map((item) => ({ severity: item.severity as SupportSeverity, status: item.status, createdAt: item.created_at, respondedAt: item.responded_at, resolvedAt: item.resolved_at }));
        const { count, urgent } = openSupportBreaches(facts, toTargets(targetsOf[i]), now);
        return { name, openBreaches: count, urgentBreaches: urgent };
      });
    });
  }

  /** Messages of the waves' plans still planned after their day, named with their wave. */
  private async overdueCommunications(projectIds: readonly string[], today: string): Promise<{ title: string; waveName: string; daysLate: number }[][]> {
    const late = await this.communications.overdueByProjects(projectIds, today);
    // Read even when nothing is late, so health costs the same statements whatever the plan holds.
    const waves = await this.waves.byIds([...new Set(late.map((m) => m.wave_id))]);
    const waveName = new Map(waves.map((w) => [w.id, w.name]));
    return groupedByKey(projectIds, late, (m) => m.project_id).map((messages) =>
      messages.map((m) => ({ title: m.title, waveName: waveName.get(m.wave_id) ?? '', daysLate: communicationDaysLate({ plannedOn: m.planned_on, status: m.status }, today) })),
    );
  }

  private async kpiStatuses(projectIds: readonly string[]) {
    const kpis = (await this.kpis.byProjects(projectIds)).map(toKpi);
    const measurementsOf = new Map(kpis.map((k) => [k.id, [] as { at: string; value: number }[]]));
    for (const m of (await this.kpis.measurementsOf(kpis.map((k) => k.id))).map(toKpiMeasurement)) {
      measurementsOf.get(m.kpiId)?.push({ at: m.measuredOn, value: m.value });
    }
    return kpis.map((kpi) => ({ projectId: kpi.projectId, name: kpi.name, status: assessKpi(kpi, measurementsOf.get(kpi.id) ?? []).status }));
  }
}
