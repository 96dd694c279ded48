import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { MessageModel } from '../../common/graphql/message.model';

@ObjectType('Vendor')
export class VendorModel {
  @Field(() => ID)
  id: string;

  projectId: string;

  @Field()
  name: string;

  @Field({ description: 'The product offered, e.g. Sales Cloud Enterprise.' })
  product: string;

  @Field()
  notes: string;

  @Field(() => Int)
  version: number;
}

@ObjectType('SelectionCriterion')
export class SelectionCriterionModel {
  @Field(() => ID)
  id: string;

  projectId: string;

  @Field()
  name: string;

  @Field(() => Float, { description: 'Relative importance, any positive number.' })
  weight: number;

  @Field(() => Int)
  version: number;
}

@ObjectType('VendorScore')
export class VendorScoreModel {
  @Field(() => ID, { description: 'The score itself, e.g. to remove it with deleteScore.' })
  id: string;

  @Field(() => ID)
  vendorId: string;

  @Field(() => ID)
  criterionId: string;

  @Field(() => Float, { description: '0 (does not meet) to 5 (fully meets).' })
  score: number;

  @Field()
  comment: string;

  @Field(() => Int)
  version: number;
}

@ObjectType('VendorRankEntry')
export class VendorRankEntryModel {
  @Field(() => Int, { description: 'Equal scores share a rank.' })
  rank: number;

  @Field(() => Float, { description: 'Weighted score on the 0–5 scale.' })
  score: number;

  @Field(() => VendorModel)
  vendor: VendorModel;

  @Field(() => Int, { description: 'Criteria not scored yet for this vendor (they count as 0).' })
  unscoredCriteria: number;
}

@ObjectType('WeightShift')
export class WeightShiftModel {
  @Field(() => SelectionCriterionModel)
  criterion: SelectionCriterionModel;

  @Field(() => Int, { description: '-10 or +10: the change to that one weight, in percent of itself.' })
  changePercent: number;

  @Field(() => [VendorModel], { description: 'Who would lead after the change (more than one on a tie).' })
  leaders: VendorModel[];
}

@ObjectType('SelectionSensitivity')
export class SelectionSensitivityModel {
  @Field({ description: 'True when no single weight moved by ±10% changes the leader.' })
  stable: boolean;

  @Field(() => [VendorModel])
  leaders: VendorModel[];

  @Field(() => [WeightShiftModel])
  flips: WeightShiftModel[];

  @Field({ description: 'The finding in one sentence, in English.' })
  verdict: string;

  @Field(() => MessageModel, { description: 'The same finding as `verdict` (SELECTION_* codes), for the client to word.' })
  verdictMessage: MessageModel;
}

export enum RequirementCoverageStatus {
  NO_REQUIREMENTS = 'NO_REQUIREMENTS',
  NO_MUST_REQUIREMENTS = 'NO_MUST_REQUIREMENTS',
  ALL_TRACED = 'ALL_TRACED',
  SOME_UNTRACED = 'SOME_UNTRACED',
}

registerEnumType(RequirementCoverageStatus, {
  name: 'RequirementCoverageStatus',
  description: 'Whether the criteria trace every MUST requirement; NO_REQUIREMENTS and NO_MUST_REQUIREMENTS when there is none to trace.',
});

@ObjectType('SelectionCoverage', { description: 'How far the criteria trace the MUST requirements still in play (not rejected).' })
export class SelectionCoverageModel {
  @Field(() => RequirementCoverageStatus)
  status: RequirementCoverageStatus;

  @Field(() => Int, { description: 'Requirements not rejected.' })
  requirementCount: number;

  @Field(() => Int, { description: 'Of those, the MUST ones.' })
  mustRequirementCount: number;

  @Field(() => Int, { description: 'Of those, the ones no criterion traces to.' })
  untracedMustCount: number;
}

@ObjectType('SelectionDecision')
export class SelectionDecisionModel {
  @Field(() => VendorModel)
  vendor: VendorModel;

  @Field()
  rationale: string;

  @Field({ description: 'Who took the decision, e.g. the steering committee.' })
  decidedBy: string;

  @Field({ description: 'YYYY-MM-DD' })
  decidedOn: string;

  @Field()
  recordedAt: Date;
}

export interface VendorRow {
  id: string;
  project_id: string;
  name: string;
  product: string;
  notes: string;
  version: number;
}

export interface CriterionRow {
  id: string;
  project_id: string;
  name: string;
  weight: string;
  version: number;
}

export interface ScoreRow {
  id: string;
  vendor_id: string;
  criterion_id: string;
  score: string;
  comment: string;
  version: number;
}

export interface DecisionRow {
  project_id: string;
  vendor_id: string;
  rationale: string;
  decided_by: string;
  decided_on: string;
  recorded_at: Date;
}

export const toVendor = (r: VendorRow): VendorModel => ({ id: r.id, projectId: r.project_id, name: r.name, product: r.product, notes: r.notes, version: r.version });
// numeric columns arrive as strings so that no precision is lost on the way.
export const toCriterion = (r: CriterionRow): SelectionCriterionModel => ({ id: r.id, projectId: r.project_id, name: r.name, weight: Number(r.weight), version: r.version });
export const toScore = (r: ScoreRow): VendorScoreModel => ({ id: r.id, vendorId: r.vendor_id, criterionId: r.criterion_id, score: Number(r.score), comment: r.comment, version: r.version });
