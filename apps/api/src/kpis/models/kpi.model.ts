import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum KpiDirection {
  UP = 'UP',
  DOWN = 'DOWN',
}

export enum KpiStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  NO_DATA = 'NO_DATA',
}

export enum KpiTrend {
  IMPROVING = 'IMPROVING',
  FLAT = 'FLAT',
  WORSENING = 'WORSENING',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(KpiDirection, { name: 'KpiDirection', description: 'Whether a higher (UP) or a lower (DOWN) value is better.' });
registerEnumType(KpiStatus, { name: 'KpiStatus', description: 'How the KPI is doing against its target; NO_DATA until it is measured.' });
registerEnumType(KpiTrend, { name: 'KpiTrend', description: 'The latest measurement compared with the one before; UNKNOWN with fewer than two.' });

@ObjectType('KpiMeasurement')
export class KpiMeasurementModel {
  @Field(() => ID)
  id: string;

  kpiId: string;

  @Field({ description: 'The day the value was measured, YYYY-MM-DD.' })
  measuredOn: string;

  @Field(() => Float)
  value: number;

  @Field()
  note: string;

  @Field()
  createdAt: Date;

  @Field(() => Int, { description: 'Rises with every correction; send it back to correct or remove the measurement.' })
  version: number;
}

@ObjectType('Kpi', { description: 'A measure of whether the CRM program delivers what it promised.' })
export class KpiModel {
  @Field(() => ID)
  id: string;

  projectId: string;

  @Field({ description: 'Stable key, e.g. USER_ADOPTION; KPIs added later get one from their name.' })
  key: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field({ description: 'What the values count, e.g. % or leads/month.' })
  unit: string;

  @Field(() => KpiDirection)
  direction: KpiDirection;

  @Field(() => Float, { nullable: true, description: 'Where the program started; without one the first measurement serves as baseline.' })
  baseline: number | null;

  @Field(() => Float)
  target: number;

  /** The role chosen to answer for the KPI; null when the CRM analyst does (resolved as ownerRole). */
  ownerRoleId: string | null;

  @Field(() => Int)
  version: number;
}

export interface KpiRow {
  id: string;
  project_id: string;
  key: string | null;
  name: string;
  description: string;
  unit: string;
  direction: KpiDirection;
  baseline: string | null;
  target: string;
  owner_role_id: string | null;
  version: number;
  created_at: Date;
}

export interface KpiMeasurementRow {
  id: string;
  kpi_id: string;
  measured_on: string;
  value: string;
  note: string;
  recorded_by: string | null;
  created_at: Date;
  version: number;
}

/** The key a KPI gets from its name: "Cases closed / week" → CASES_CLOSED_WEEK. */
export function kpiKeyFromName(name: string): string {
  return name.trim().toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '');
}

export function toKpi(r: KpiRow): KpiModel {
  return {
    id: r.id,
    projectId: r.project_id,
    key: r.key ?? kpiKeyFromName(r.name),
    name: r.name,
    description: r.description,
    unit: r.unit,
    direction: r.direction,
    // numeric columns arrive as strings so that no precision is lost on the way.
    baseline: r.baseline === null ? null : Number(r.baseline),
    target: Number(r.target),
    ownerRoleId: r.owner_role_id ?? null,
    version: r.version,
  };
}

export function toKpiMeasurement(r: KpiMeasurementRow): KpiMeasurementModel {
  return { id: r.id, kpiId: r.kpi_id, measuredOn: r.measured_on, value: Number(r.value), note: r.note, createdAt: r.created_at, version: r.version };
}
