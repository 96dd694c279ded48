import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import type { ItemVariance } from '@crm/domain';

import type { BaselineRow } from '../baselines.repository';

export enum PlanItemType {
  TASK = 'TASK',
  MILESTONE = 'MILESTONE',
}

export enum VarianceStatus {
  SLIPPED = 'SLIPPED',
  AHEAD = 'AHEAD',
  ON_BASELINE = 'ON_BASELINE',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  UNDATED = 'UNDATED',
}

registerEnumType(PlanItemType, { name: 'PlanItemType' });
registerEnumType(VarianceStatus, {
  name: 'VarianceStatus',
  description: 'SLIPPED: finishes (or, undated at the end, starts) later than the baseline; AHEAD: earlier; ADDED: not in the baseline; REMOVED: no longer in the plan; UNDATED: dated on one side only.',
});

@ObjectType('BaselineAuthor', { description: 'Who saved a baseline.' })
export class BaselineAuthorModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('Baseline', { description: 'A named copy of the program’s plan (its tasks’ and milestones’ dates), to compare today’s plan against.' })
export class BaselineModel {
  @Field(() => ID)
  id: string;

  projectId: string;

  @Field()
  name: string;

  @Field()
  createdAt: Date;

  @Field(() => BaselineAuthorModel, { nullable: true, description: 'Null once the account is gone.' })
  createdBy: BaselineAuthorModel | null;

  @Field(() => Int, { description: 'Tasks and milestones the baseline holds.' })
  itemCount: number;
}

export function toBaseline(row: BaselineRow): BaselineModel {
  return {
    id: row.id,
    projectId: row.project_id,
    name: row.name,
    createdAt: row.created_at,
    createdBy: row.created_by && row.created_by_name !== null ? { id: row.created_by, name: row.created_by_name } : null,
    itemCount: row.item_count,
  };
}

@ObjectType('BaselineVarianceRow', { description: 'One task or milestone, as the baseline planned it and as it is planned now; differences in working days.' })
export class BaselineVarianceRowModel {
  @Field(() => PlanItemType)
  itemType: PlanItemType;

  @Field(() => ID, { description: 'The task or milestone.' })
  id: string;

  @Field({ description: 'Its title now, or as the baseline had it when it is no longer in the plan.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  baselineStart: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  baselineFinish: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  currentStart: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  currentFinish: string | null;

  @Field(() => Int, { nullable: true, description: 'Working days later than the baseline (negative: earlier); null when a side has no date.' })
  startVarianceDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Working days later than the baseline (negative: earlier); null when a side has no date.' })
  finishVarianceDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Working days longer than the baseline (negative: shorter).' })
  durationVarianceDays: number | null;

  @Field(() => VarianceStatus)
  status: VarianceStatus;
}

export function toVarianceRow(variance: ItemVariance, title: string): BaselineVarianceRowModel {
  return {
    itemType: variance.kind as PlanItemType,
    id: variance.id,
    title,
    baselineStart: variance.baselineStart,
    baselineFinish: variance.baselineFinish,
    currentStart: variance.currentStart,
    currentFinish: variance.currentFinish,
    startVarianceDays: variance.startDays,
    finishVarianceDays: variance.finishDays,
    durationVarianceDays: variance.durationDays,
    status: variance.status as VarianceStatus,
  };
}
