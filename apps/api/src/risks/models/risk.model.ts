import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { riskScore } from '@crm/domain';

export enum RiskStatus {
  OPEN = 'OPEN',
  MONITORING = 'MONITORING',
  CLOSED = 'CLOSED',
}

export enum RiskSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

registerEnumType(RiskStatus, { name: 'RiskStatus', description: 'MONITORING: mitigated for now but still watched; CLOSED: no longer a risk.' });
registerEnumType(RiskSeverity, { name: 'RiskSeverity', description: 'From the score: 15 and above HIGH, 8 to 14 MEDIUM, below 8 LOW.' });

@ObjectType('Risk', { description: 'Something that could derail the CRM program, how likely and how bad it is, and who answers for it.' })
export class RiskModel {
  @Field(() => ID)
  id: string;

  projectId: string;
  roleId: string | null;
  /** The explicit owner; the resolved owner (falling back to the role's primary holder) is the `owner` field. */
  ownerId: string | null;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => Int, { description: '1 (rare) to 5 (almost certain).' })
  likelihood: number;

  @Field(() => Int, { description: '1 (minor) to 5 (severe).' })
  impact: number;

  @Field()
  mitigation: string;

  @Field(() => RiskStatus)
  status: RiskStatus;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;
}

@ObjectType('HeatMapCell', { description: 'How many open risks share one likelihood and impact.' })
export class HeatMapCellModel {
  @Field(() => Int)
  likelihood: number;

  @Field(() => Int)
  impact: number;

  @Field(() => Int)
  count: number;
}

export interface RiskRow {
  id: string;
  project_id: string;
  title: string;
  description: string;
  likelihood: number;
  impact: number;
  mitigation: string;
  role_id: string | null;
  owner_id: string | null;
  status: RiskStatus;
  version: number;
  created_at: Date;
}

export function toRisk(r: RiskRow): RiskModel {
  return {
    id: r.id,
    projectId: r.project_id,
    roleId: r.role_id,
    ownerId: r.owner_id,
    title: r.title,
    description: r.description,
    likelihood: r.likelihood,
    impact: r.impact,
    mitigation: r.mitigation,
    status: r.status,
    version: r.version,
    createdAt: r.created_at,
  };
}

/** Highest score first; among equal scores the bigger impact, then the older risk, comes first. */
export function byScore(a: RiskModel, b: RiskModel): number {
  return (
    riskScore(b.likelihood, b.impact) - riskScore(a.likelihood, a.impact) ||
    b.impact - a.impact ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    a.title.localeCompare(b.title)
  );
}
