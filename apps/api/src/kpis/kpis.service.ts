import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { assessKpi, KPI_DEFAULT_OWNER_ROLE, kpiTurnedOffTrack, kpiValueProblem, notificationLinks, todayIso } from '@crm/domain';

import { AuditService, changedColumns } from '../audit/audit.service';
import { ProjectAccess } from '../common/access/project-access';
import { inTransaction, serializeWrites } from '../common/database/transaction';
import { badUserInput, FieldError, fieldProblem } from '../common/errors/app-error';
import { CreateKpiInput, DeleteKpiMeasurementInput, RecordKpiMeasurementInput, UpdateKpiInput, UpdateKpiMeasurementInput } from './dto/kpi.inputs';
import { NotificationsService } from '../notifications/notifications.service';
import { PeopleRepository } from '../people/people.repository';
import { noSuchRole } from '../team/role-references';
import { TeamRepository } from '../team/team.repository';
import { TrashService } from '../trash/trash.service';
import { KpiChanges, KpisRepository, MeasurementChanges } from './kpis.repository';
import { KpiMeasurementRow, kpiKeyFromName, KpiModel, KpiRow, toKpi } from './models/kpi.model';

type Row = Record<string, unknown>;

@Injectable()
export class KpisService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly kpis: KpisRepository,
    private readonly audit: AuditService,
    private readonly trash: TrashService,
    private readonly team: TeamRepository,
    private readonly people: PeopleRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async list(access: ProjectAccess): Promise<KpiModel[]> {
    return (await this.kpis.byProjects([access.projectId])).map(toKpi);
  }

  async create(input: CreateKpiInput, access: ProjectAccess): Promise<KpiModel> {
    return inTransaction(this.db, async (tx) => {
      const name = input.name.trim();
      // Names and keys are unique per project (a constraint); waiting for each other keeps a second
      // writer from deriving the same key, so it is told the name is taken instead.
      await serializeWrites(tx, 'kpis', access.projectId);
      const key = await this.freeKey(tx, access.projectId, name);
      const row = await this.kpis.insert(tx, {
        projectId: access.projectId,
        key,
        name,
        description: input.description.trim(),
        unit: input.unit.trim(),
        direction: input.direction,
        baseline: input.baseline ?? null,
        target: input.target,
        ownerRoleId: await this.ownerRoleId(tx, access.projectId, input.ownerRoleKey ?? null),
      });
      await this.audit.record(tx, { projectId: access.projectId, entityType: 'Kpi', entityId: row.id, action: 'CREATED', actorId: access.userId, after: this.auditShape(row) });
      return toKpi(row);
    });
  }

  async update(input: UpdateKpiInput, access: ProjectAccess): Promise<KpiModel> {
    return inTransaction(this.db, async (tx) => {
      const current = await this.kpis.find(tx, input.id);
      const set: KpiChanges = {};
      if (input.name !== undefined && input.name.trim() !== current.name) {
        await serializeWrites(tx, 'kpis', current.project_id);
        await this.checkNameFree(tx, current.project_id, input.name.trim(), current.id);
        set.name = input.name.trim();
      }
      if (input.description !== undefined) set.description = input.description.trim();
      if (input.unit !== undefined) set.unit = input.unit.trim();
      if (input.direction !== undefined) set.direction = input.direction;
      if (input.baseline !== undefined) set.baseline = input.baseline;
      if (input.target !== undefined) set.target = input.target;
      if (input.ownerRoleKey !== undefined) set.owner_role_id = await this.ownerRoleId(tx, current.project_id, input.ownerRoleKey);
      // Only the target, baseline or direction can move the KPI's status here.
      const judged = input.target !== undefined || input.baseline !== undefined || input.direction !== undefined;
      const change = () => this.kpis.update(tx, input.id, input.version, set);
      const { before, after } = judged ? await this.watchStatus(tx, current.id, access, change) : await change();
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'Kpi',
        entityId: current.id,
        action: 'UPDATED',
        actorId: access.userId,
        ...changedColumns(this.auditShape(before), this.auditShape(after)),
      });
      return toKpi(after);
    });
  }

  /** Adds one measurement; the KPI's status and trend follow from it when the KPI is read. */
  async recordMeasurement(input: RecordKpiMeasurementInput, access: ProjectAccess): Promise<KpiModel> {
    return inTransaction(this.db, async (tx) => {
      const kpi = await this.kpis.find(tx, input.kpiId);
      this.checkMeasurement(kpi, input.value, input.measuredOn);
      const row = await this.watchStatus(tx, kpi.id, access, () =>
        this.kpis.insertMeasurement(tx, { kpiId: kpi.id, measuredOn: input.measuredOn, value: input.value, note: input.note.trim(), recordedBy: access.userId }),
      );
      // Filed under the KPI so that its history shows the measurements next to changes of the target.
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'Kpi',
        entityId: kpi.id,
        action: 'MEASURED',
        actorId: access.userId,
        after: { measurement_id: row.id, measured_on: row.measured_on, value: row.value, note: row.note },
      });
      return toKpi(kpi);
    });
  }

  /**
   * A measurement another area takes (the adoption import measures USER_ADOPTION), in that area's
   * transaction and through the same status watch as one typed in. False when the program has no
   * KPI with that key (it was removed or never added): nothing is measured then.
   */
  async recordMeasurementByKeyIn(tx: EntityManager, access: ProjectAccess, key: string, measurement: { measuredOn: string; value: number; note: string }): Promise<boolean> {
    const kpi = await this.kpis.findByKey(tx, access.projectId, key);
    if (!kpi) return false;
    const row = await this.watchStatus(tx, kpi.id, access, () =>
      this.kpis.insertMeasurement(tx, { kpiId: kpi.id, measuredOn: measurement.measuredOn, value: measurement.value, note: measurement.note, recordedBy: access.userId }),
    );
    await this.audit.record(tx, {
      projectId: access.projectId,
      entityType: 'Kpi',
      entityId: kpi.id,
      action: 'MEASURED',
      actorId: access.userId,
      after: { measurement_id: row.id, measured_on: row.measured_on, value: row.value, note: row.note },
    });
    return true;
  }

  /** The role chosen to answer for a KPI; null (or an empty key) hands it back to the CRM analyst. */
  private async ownerRoleId(tx: EntityManager, projectId: string, roleKey: string | null): Promise<string | null> {
    if (!roleKey?.trim()) return null;
    const roleId = await this.team.findRoleId(tx, projectId, roleKey);
    if (!roleId) throw badUserInput([noSuchRole('ownerRoleKey', roleKey)]);
    return roleId;
  }

  /**
   * Runs a change that can move the KPI's status and tells its owner role when the change turned
   * it off track (`kpiTurnedOffTrack`): the status is assessed before and after, in the change's
   * transaction, as the KPI's `status` field assesses it.
   */
  private async watchStatus<T>(tx: EntityManager, kpiId: string, access: ProjectAccess, change: () => Promise<T>): Promise<T> {
    const before = await this.assess(tx, kpiId);
    const result = await change();
    const after = await this.assess(tx, kpiId);
    if (kpiTurnedOffTrack(before.status, after.status)) {
      const kpi = after.kpi;
      const context = await this.people.noticeContext(tx, kpi.project_id, null);
      const roleId = kpi.owner_role_id ?? (await this.team.roleByKey(tx, kpi.project_id, KPI_DEFAULT_OWNER_ROLE))?.id;
      if (roleId) {
        await this.notifications.notify(tx, [
          {
            kind: 'KPI_OFF_TRACK',
            organisationId: context.organisationId,
            projectId: kpi.project_id,
            subject: { type: 'KPI', id: kpi.id },
            to: { roles: [{ projectId: kpi.project_id, roleId }] },
            actorUserId: access.userId,
            params: { kpiId: kpi.id, kpiName: kpi.name, projectName: context.projectName, latest: after.latest, target: Number(kpi.target), unit: kpi.unit, status: after.status },
            link: notificationLinks.kpis(kpi.project_id),
          },
        ]);
      }
    }
    return result;
  }

  private async assess(tx: EntityManager, kpiId: string) {
    const kpi = await this.kpis.find(tx, kpiId);
    const measurements = await this.kpis.measurementsOf([kpiId], tx);
    const { baseline, target, direction } = toKpi(kpi);
    return { kpi, ...assessKpi({ baseline, target, direction }, measurements.map((m) => ({ at: m.measured_on, value: Number(m.value) }))) };
  }

  private async checkNameFree(tx: EntityManager, projectId: string, name: string, exceptId: string | null): Promise<void> {
    if (await this.kpis.nameTaken(tx, projectId, name, exceptId)) throw badUserInput([{ field: 'name', message: `This program already has a KPI called “${name}”.`, code: 'KPI_NAMED_TAKEN', params: { name } }]);
  }

  /** A key derived from the name that no other KPI of the project uses: DATA_QUALITY, else DATA_QUALITY_2, … */
  private async freeKey(tx: EntityManager, projectId: string, name: string): Promise<string> {
    await this.checkNameFree(tx, projectId, name, null);
    const base = kpiKeyFromName(name);
    if (!base) throw badUserInput([{ field: 'name', message: 'The name needs at least one letter or digit.', code: 'NAME_NEEDS_LETTER' }]);
    const used = await this.kpis.keysInUse(tx, projectId);
    let key = base;
    for (let n = 2; used.has(key); n += 1) key = `${base}_${n}`;
    return key;
  }

  private auditShape(row: KpiRow): Row {
    const { version: _version, created_at: _created, ...rest } = row;
    return rest;
  }

  /** Corrects a measurement's value, day or note; the KPI's history keeps what it was before. */
  async updateMeasurement(input: UpdateKpiMeasurementInput, access: ProjectAccess): Promise<KpiModel> {
    return inTransaction(this.db, async (tx) => {
      const current = await this.kpis.findMeasurement(tx, input.id);
      const kpi = await this.kpis.find(tx, current.kpi_id);
      this.checkMeasurement(kpi, input.value, input.measuredOn ?? null);
      const set: MeasurementChanges = { value: input.value };
      if (input.measuredOn != null) set.measured_on = input.measuredOn;
      if (input.note != null) set.note = input.note.trim();
      const { before, after } = await this.watchStatus(tx, kpi.id, access, () => this.kpis.updateMeasurement(tx, current.id, input.version ?? current.version, set));
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'Kpi',
        entityId: kpi.id,
        action: 'MEASUREMENT_CORRECTED',
        actorId: access.userId,
        before: { measurement_id: before.id, ...this.measurementShape(before) },
        after: { measurement_id: after.id, ...this.measurementShape(after) },
      });
      return toKpi(kpi);
    });
  }

  /** Moves a measurement to the trash; the KPI's own history also says which value was removed. */
  async deleteMeasurement(input: DeleteKpiMeasurementInput, access: ProjectAccess): Promise<KpiModel> {
    return inTransaction(this.db, async (tx) => {
      const current = await this.kpis.findMeasurement(tx, input.id);
      const kpi = await this.kpis.find(tx, current.kpi_id);
      await this.watchStatus(tx, kpi.id, access, () => this.trash.removeIn(tx, 'KpiMeasurement', { id: current.id, version: input.version ?? current.version }, access));
      await this.audit.record(tx, {
        projectId: access.projectId,
        entityType: 'Kpi',
        entityId: kpi.id,
        action: 'MEASUREMENT_REMOVED',
        actorId: access.userId,
        before: { measurement_id: current.id, ...this.measurementShape(current) },
      });
      return toKpi(kpi);
    });
  }

  /** A value outside its unit's range, or a day still to come, is refused and nothing is stored. */
  private checkMeasurement(kpi: KpiRow, value: number, measuredOn: string | null): void {
    const problems: FieldError[] = [];
    const valueProblem = kpiValueProblem(value, kpi.unit);
    if (valueProblem) problems.push(fieldProblem('value', valueProblem.code, valueProblem.params));
    const today = todayIso();
    if (measuredOn !== null && measuredOn > today) {
      problems.push({ field: 'measuredOn', message: `${measuredOn} is in the future (today is ${today}). Record a value on or after the day it was measured.`, code: 'MEASURED_IN_FUTURE', params: { measuredOn, today } });
    }
    if (problems.length > 0) throw badUserInput(problems);
  }

  private measurementShape(row: KpiMeasurementRow): Row {
    return { measured_on: row.measured_on, value: row.value, note: row.note };
  }
}
