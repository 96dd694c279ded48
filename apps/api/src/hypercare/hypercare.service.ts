import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import {
  hypercareExit,
  notificationLinks,
  supportBreach,
  supportStatusStamps,
  supportTargetProblem,
  supportTargets,
  SupportSeverity,
  SupportTarget,
  supportTransitionAllowed,
  SUPPORT_STATUS_LABELS,
  todayIso,
} from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { ProjectAccess } from '../common/access/project-access';
import { serializeWrites, inTransaction } from '../common/database/transaction';
import { badUserInput, FieldError, invalidState, ruleProblem } from '../common/errors/app-error';
import { NotificationsService } from '../notifications/notifications.service';
import { PeopleRepository } from '../people/people.repository';
import { notInDirectory } from '../people/person-references';
import { WaveStatus } from '../rollout/models/rollout-wave.model';
import { RolloutRepository } from '../rollout/rollout.repository';
import { noSuchRole } from '../team/role-references';
import { TeamRepository } from '../team/team.repository';
import { TrainingService } from '../training/training.service';
import { CreateSupportItemInput, UpdateHypercareTargetsInput, UpdateSupportItemInput } from './dto/support-item.inputs';
import { HypercareRepository, SupportItemChanges } from './hypercare.repository';
import { HypercareExitModel, HypercareTargetModel, HypercareTargetRow, SupportCategory, SupportItemModel, SupportItemRow, SupportStatus } from './models/support-item.model';

/** Who answers a support item when nobody names a role: operational support, else the project manager. */
export const SUPPORT_OWNER_ROLE_KEYS = ['SUPPORT_LEAD', 'PROJECT_MANAGER'] as const;

export function toTargets(rows: readonly HypercareTargetRow[]): SupportTarget[] {
  return rows.map((r) => ({ severity: r.severity as SupportSeverity, responseMinutes: r.response_minutes, resolutionMinutes: r.resolution_minutes }));
}

export function toSupportItem(row: SupportItemRow, targets: readonly SupportTarget[], now: Date): SupportItemModel {
  const breach = supportBreach({ severity: row.severity as SupportSeverity, createdAt: row.created_at, respondedAt: row.responded_at, resolvedAt: row.resolved_at }, targets, now);
  return {
    id: row.id,
    projectId: row.project_id,
    waveId: row.wave_id,
    number: row.number,
    title: row.title,
    description: row.description,
    severity: row.severity as SupportSeverity,
    category: row.category,
    status: row.status,
    reporterId: row.reporter_id,
    ownerRoleId: row.owner_role_id,
    respondedAt: row.responded_at,
    resolvedAt: row.resolved_at,
    version: row.version,
    createdAt: row.created_at,
    ...breach,
  };
}

type Row = Record<string, unknown>;

/**
 * Hypercare after a wave's go-live: support items, the program's targets, and the exit gate.
 * Breaches are never stored: they follow from the timestamps, the targets and the moment asked.
 */
@Injectable()
export class HypercareService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly items: HypercareRepository,
    private readonly waves: RolloutRepository,
    private readonly team: TeamRepository,
    private readonly people: PeopleRepository,
    private readonly training: TrainingService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Newest first, breaches as of now; two statements whatever the number of items. */
  async list(waveId: string, access: ProjectAccess): Promise<SupportItemModel[]> {
    const [rows, targets] = await Promise.all([this.items.byWave(waveId), this.items.targetsOfProjects([access.projectId])]);
    const now = new Date();
    return rows.map((row) => toSupportItem(row, toTargets(targets), now));
  }

  async targets(access: ProjectAccess): Promise<HypercareTargetModel[]> {
    return this.targetsOf(await this.items.targetsOfProjects([access.projectId]));
  }

  async exit(waveId: string): Promise<HypercareExitModel> {
    const wave = await this.waves.find(this.db.manager, waveId);
    const items = await this.items.clocksOfWave(waveId);
    const result = hypercareExit({
      waveLive: wave.status === WaveStatus.LIVE || wave.status === WaveStatus.CLOSED,
      items: items.map((i) => ({ severity: i.severity as SupportSeverity, status: i.status, createdAt: i.created_at })),
      now: new Date(),
    });
    return { met: result.met, blockers: result.blockers.map((b) => ({ code: b.code as HypercareExitModel['blockers'][number]['code'], params: JSON.stringify(b.params) })), weeklyVolume: result.weeklyVolume };
  }

  async create(input: CreateSupportItemInput, access: ProjectAccess): Promise<SupportItemModel> {
    return inTransaction(this.db, async (tx) => {
      // Numbers follow on per program: writers of one program take turns before anything is locked.
      await serializeWrites(tx, 'support-item-number', access.projectId);
      const wave = await this.waves.find(tx, input.waveId);
      if (wave.status !== WaveStatus.LIVE) {
        throw invalidState(
          wave.status === WaveStatus.CLOSED ? 'This wave’s hypercare is over: report it to the regular support desk.' : 'Support items are for waves that have gone live; this one has not yet.',
          wave.status,
          {},
          { reason: wave.status === WaveStatus.CLOSED ? 'WAVE_HYPERCARE_OVER' : 'WAVE_NOT_LIVE_YET' },
        );
      }
      const problems: FieldError[] = [];
      if (input.reporterId && !(await this.people.allInDirectory(tx, access.projectId, [input.reporterId]))) problems.push(notInDirectory('reporterId'));
      const ownerRoleId = await this.ownerRoleId(tx, access.projectId, input.ownerRoleKey ?? null, problems);
      if (problems.length) throw badUserInput(problems);
      const row = await this.items.insert(tx, {
        projectId: access.projectId,
        waveId: wave.id,
        title: input.title.trim(),
        description: input.description.trim(),
        severity: input.severity,
        category: input.category,
        reporterId: input.reporterId ?? null,
        ownerRoleId,
        createdBy: access.userId,
      });
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'SupportItem', entityId: row.id, action: 'CREATED', actorId: access.userId, after: this.auditShape(row) });
      await this.followUp(tx, row, null, access);
      return toSupportItem(row, toTargets(await this.items.targetsOfProjects([access.projectId], tx)), new Date());
    });
  }

  async update(input: UpdateSupportItemInput, access: ProjectAccess): Promise<SupportItemModel> {
    return inTransaction(this.db, async (tx) => {
      const current = await this.items.find(tx, input.id);
      const problems: FieldError[] = [];
      const set: SupportItemChanges = {};
      if (input.title !== undefined) set.title = input.title.trim();
      if (input.description !== undefined) set.description = input.description.trim();
      if (input.severity !== undefined) set.severity = input.severity;
      if (input.category !== undefined) set.category = input.category;
      if (input.reporterId !== undefined) {
        if (input.reporterId && !(await this.people.allInDirectory(tx, access.projectId, [input.reporterId]))) problems.push(notInDirectory('reporterId'));
        set.reporter_id = input.reporterId;
      }
      if (input.ownerRoleKey !== undefined) set.owner_role_id = await this.ownerRoleId(tx, access.projectId, input.ownerRoleKey, problems);
      if (input.status !== undefined && input.status !== current.status) {
        if (!supportTransitionAllowed(current.status, input.status)) {
          problems.push({ field: 'status', message: `An item that is ${SUPPORT_STATUS_LABELS[current.status].toLowerCase()} cannot become ${SUPPORT_STATUS_LABELS[input.status].toLowerCase()}.`, code: 'STATUS_CHANGE_NOT_ALLOWED', params: { from: SUPPORT_STATUS_LABELS[current.status], to: SUPPORT_STATUS_LABELS[input.status] } });
        } else {
          const stamps = supportStatusStamps(
            { status: current.status, respondedAt: current.responded_at?.toISOString() ?? null, resolvedAt: current.resolved_at?.toISOString() ?? null },
            input.status,
            new Date(),
          );
          set.status = input.status;
          set.responded_at = stamps.respondedAt ? new Date(stamps.respondedAt) : null;
          set.resolved_at = stamps.resolvedAt ? new Date(stamps.resolvedAt) : null;
        }
      }
      if (problems.length) throw badUserInput(problems);
      const { before, after } = await this.items.update(tx, input.id, input.version, set);
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'SupportItem',
        entityId: input.id,
        action: set.status !== undefined && Object.keys(set).length === 3 ? 'STATUS_CHANGED' : 'UPDATED',
        actorId: access.userId,
        ...changedColumns(this.auditShape(before), this.auditShape(after)),
      });
      await this.followUp(tx, after, before, access);
      return toSupportItem(after, toTargets(await this.items.targetsOfProjects([access.projectId], tx)), new Date());
    });
  }

  async updateTargets(input: UpdateHypercareTargetsInput, access: ProjectAccess): Promise<HypercareTargetModel[]> {
    const problems: FieldError[] = [];
    const seen = new Set<number>();
    input.targets.forEach((target, i) => {
      if (seen.has(target.severity)) problems.push({ field: `targets.${i}.severity`, message: `Severity ${target.severity} is given twice.`, code: 'SEVERITY_GIVEN_TWICE', params: { severity: target.severity } });
      seen.add(target.severity);
      const problem = supportTargetProblem(target);
      if (problem) problems.push(ruleProblem(problem, `targets.${i}.`));
    });
    if (problems.length) throw badUserInput(problems);
    return inTransaction(this.db, async (tx) => {
      const before = this.targetsOf(await this.items.targetsOfProjects([access.projectId], tx));
      await this.items.upsertTargets(tx, access.projectId, input.targets);
      const after = this.targetsOf(await this.items.targetsOfProjects([access.projectId], tx));
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'HypercareTargets',
        entityId: access.projectId,
        action: 'UPDATED',
        actorId: access.userId,
        ...changedColumns(Object.fromEntries(before.map((t) => [`severity ${t.severity}`, `${t.responseMinutes}/${t.resolutionMinutes} min`])), Object.fromEntries(after.map((t) => [`severity ${t.severity}`, `${t.responseMinutes}/${t.resolutionMinutes} min`]))),
      });
      return after;
    });
  }

  private targetsOf(rows: readonly HypercareTargetRow[]): HypercareTargetModel[] {
    const own = new Set(rows.map((r) => r.severity));
    return supportTargets(toTargets(rows)).map((t) => ({ ...t, custom: own.has(t.severity) }));
  }

  private async ownerRoleId(tx: EntityManager, projectId: string, key: string | null, problems: FieldError[]): Promise<string | null> {
    if (key) {
      const id = await this.team.findRoleId(tx, projectId, key);
      if (!id) problems.push(noSuchRole('ownerRoleKey', key));
      return id ?? null;
    }
    for (const fallback of SUPPORT_OWNER_ROLE_KEYS) {
      const id = await this.team.findRoleId(tx, projectId, fallback);
      if (id) return id;
    }
    return null;
  }

  /**
   * What an item sets going: a how-to question puts its reporter on the wave's re-training list
   * with the topic, and an item that becomes severity 1 or 2 tells the owner role's holder.
   */
  private async followUp(tx: EntityManager, item: SupportItemRow, before: SupportItemRow | null, access: ProjectAccess): Promise<void> {
    const howTo = item.category === SupportCategory.HOW_TO && item.reporter_id;
    if (howTo && (!before || before.category !== item.category || before.reporter_id !== item.reporter_id)) {
      await this.training.noteRetrainingNeed(tx, { waveId: item.wave_id, personId: item.reporter_id!, topic: item.title, userId: access.userId, on: todayIso() });
    }
    const urgent = item.severity <= 2 && item.status !== SupportStatus.RESOLVED && item.status !== SupportStatus.CLOSED;
    if (urgent && item.owner_role_id && (!before || before.severity > 2)) {
      const context = await this.people.noticeContext(tx, item.project_id, access.email);
      await this.notifications.notify(tx, [
        {
          kind: 'SUPPORT_ITEM_URGENT',
          organisationId: context.organisationId,
          projectId: item.project_id,
          subject: { type: 'WAVE', id: item.wave_id },
          to: { roles: [{ projectId: item.project_id, roleId: item.owner_role_id }] },
          actorUserId: access.userId,
          writtenBody: item.description || undefined,
          params: { itemId: item.id, number: item.number, severity: item.severity, title: item.title, projectName: context.projectName },
          link: notificationLinks.hypercare(item.project_id, item.wave_id),
          dedupeKey: `SUPPORT_ITEM_URGENT:${item.id}`,
        },
      ]);
    }
  }

  private auditShape(row: SupportItemRow): Row {
    const { version: _version, created_at: _created, created_by: _by, ...rest } = row;
    return rest;
  }
}
