import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { GATE_RULE_KINDS, GateRuleKind } from '@crm/domain';

import { Trim } from '../../common/validation/trim';
import { GateRuleKindEnum } from '../models/exit-criterion-gate.model';

/** Sign-off comments are short statements, not documents. */
export const SIGN_OFF_COMMENT_MAX = 2000;

@InputType({ description: 'A rule an exit criterion is judged by; settings its kind does not take are refused.' })
export class GateRuleInput {
  @Field(() => GateRuleKindEnum)
  @IsEnum(GateRuleKindEnum, { message: `rule.kind must be one of ${GATE_RULE_KINDS.join(', ')}.` })
  kind: GateRuleKind;

  @Field(() => ID, { nullable: true, description: 'TRAINING_CADENCE_ON_TRACK: the wave judged; leave out for every wave.' })
  @IsOptional()
  @IsUUID('all', { message: 'rule.waveId must be a wave id.' })
  waveId?: string | null;

  @Field(() => String, { nullable: true, description: 'KPI_AT_THRESHOLD: the key of the KPI read, e.g. USER_ADOPTION.' })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: 'rule.kpiKey must be at most 60 characters.' })
  kpiKey?: string | null;

  @Field(() => Float, { nullable: true, description: 'KPI_AT_THRESHOLD: the value to reach; leave out for the KPI’s target.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'rule.threshold must be a number.' })
  threshold?: number | null;
}

@InputType()
export class SignOffInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'criterionId must be an exit criterion id.' })
  criterionId: string;

  @Field({ description: `Why you sign: what you checked. 1 to ${SIGN_OFF_COMMENT_MAX} characters.` })
  @Trim()
  @IsNotEmpty({ message: 'Say in a few words what you checked before signing.' })
  @MaxLength(SIGN_OFF_COMMENT_MAX, { message: `Keep the comment to ${SIGN_OFF_COMMENT_MAX} characters.` })
  comment: string;
}
