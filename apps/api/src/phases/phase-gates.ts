import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { englishText, GATE_DEFAULT_OWNER_ROLE, gateTransitions, GateState, notificationLinks, Message, phaseGateBlockerMessages } from '@crm/domain';

import { NotificationEvent } from '../notifications/notification-event';
import { NotificationsService } from '../notifications/notifications.service';
import { PeopleRepository } from '../people/people.repository';
import { TasksRepository } from '../tasks/tasks.repository';
import { TeamRepository } from '../team/team.repository';
import { ExitCriteriaRepository } from './exit-criteria.repository';
import { gateCriteria, judgeExitCriteria } from './exit-criterion-verdicts';
import { MilestonesRepository } from './milestones.repository';
import { MilestoneStatus, PhaseStatus } from './models/phase.model';
import { PhasesRepository } from './phases.repository';

/** The program a change is made in and the account making it (a ProjectAccess will do). */
export interface GateChangeBy {
  projectId: string;
  userId: string;
}

/**
 * Tells a gate's owner when a change blocks or opens it. The gate of every touched phase is read
 * before and after the change, in its transaction, with a fixed number of statements however many
 * phases, criteria, milestones or tasks the change touches.
 */
@Injectable()
export class PhaseGates {
  constructor(
    private readonly phases: PhasesRepository,
    private readonly criteria: ExitCriteriaRepository,
    private readonly milestones: MilestonesRepository,
    private readonly tasks: TasksRepository,
    private readonly team: TeamRepository,
    private readonly people: PeopleRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** Runs `change` between two readings of the phases' gates and notifies each gate that changed. */
  async watch<T>(tx: EntityManager, phaseIds: readonly (string | null | undefined)[], access: GateChangeBy, change: () => Promise<T>): Promise<T> {
    const ids = [...new Set(phaseIds.filter((id): id is string => !!id))];
    if (ids.length === 0) return change();
    const before = await this.states(tx, ids);
    const result = await change();
    const after = await this.states(tx, ids);
    const transitions = gateTransitions(before, after);
    if (transitions.length > 0) await this.notify(tx, transitions, after, access);
    return result;
  }

  private async states(tx: EntityManager, phaseIds: string[]): Promise<(GateState & { name: string; ownerRoleId: string | null; projectId: string; blockerMessages: Message[] })[]> {
    const [phases, criteria, milestones, openCounts] = [
      await this.phases.byIds(phaseIds, tx),
      await this.criteria.byPhases(phaseIds, tx),
      await this.milestones.byPhases(phaseIds, tx),
      await this.tasks.openCountsOfPhases(tx, phaseIds),
    ];
    const judged = await judgeExitCriteria(tx, criteria);
    const openOf = new Map(openCounts.map((c) => [c.phase_id, c.n]));
    return phases.map((phase) => {
      const blockerMessages = phaseGateBlockerMessages(
        gateCriteria(
          criteria.filter((c) => c.phase_id === phase.id),
          judged,
        ),
        milestones.filter((m) => m.phase_id === phase.id).map((m) => ({ name: m.name, done: m.status === MilestoneStatus.DONE })),
        [],
        openOf.get(phase.id) ?? 0,
      );
      return {
        phaseId: phase.id,
        projectId: phase.project_id,
        name: phase.name,
        ownerRoleId: phase.owner_role_id,
        completed: phase.status === PhaseStatus.COMPLETED,
        blockers: blockerMessages.map((m) => englishText(m.code, m.params)),
        blockerMessages,
      };
    });
  }

  private async notify(
    tx: EntityManager,
    transitions: ReturnType<typeof gateTransitions>,
    after: Awaited<ReturnType<PhaseGates['states']>>,
    access: GateChangeBy,
  ): Promise<void> {
    const context = await this.people.noticeContext(tx, access.projectId, null);
    const needsDefault = transitions.some((t) => !after.find((p) => p.phaseId === t.phaseId)?.ownerRoleId);
    const defaultRoleId = needsDefault ? ((await this.team.roleByKey(tx, access.projectId, GATE_DEFAULT_OWNER_ROLE))?.id ?? null) : null;
    const events: NotificationEvent[] = [];
    for (const { phaseId, kind } of transitions) {
      const phase = after.find((p) => p.phaseId === phaseId)!;
      const roleId = phase.ownerRoleId ?? defaultRoleId;
      if (!roleId) continue;
      events.push({
        kind,
        organisationId: context.organisationId,
        projectId: access.projectId,
        subject: { type: 'PHASE', id: phaseId },
        to: { roles: [{ projectId: access.projectId, roleId }] },
        actorUserId: access.userId,
        params: { phaseId, phaseName: phase.name, projectName: context.projectName, blockers: phase.blockers.length, blockerList: phase.blockerMessages },
        link: notificationLinks.phase(access.projectId),
      });
    }
    if (events.length > 0) await this.notifications.notify(tx, events);
  }
}
