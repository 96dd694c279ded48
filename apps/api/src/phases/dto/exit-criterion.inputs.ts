import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

import { GATE_RULE_KINDS, GateRuleKind } from '@crm/domain';

import { Clearable } from '../../common/validation/clearable';
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

/** The rule field of adding and of changing a criterion, written once. */
export function GateRuleField(): PropertyDecorator {
  return applyDecorators(
    Field(() => GateRuleInput, { nullable: true, description: 'Makes the criterion a RULE judged from the program’s data; null makes it a box to tick again.' }),
    IsOptional(),
    ValidateNested(),
    Type(() => GateRuleInput),
    Clearable(),
  );
}

/** The signing role field of adding and of changing a criterion, written once. */
export function SignOffRoleKeyField(): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { nullable: true, description: 'The role whose holder must sign the criterion off, e.g. EXECUTIVE_SPONSOR; null asks for no sign-off.' }),
    IsOptional(),
    IsString({ message: 'signOffRoleKey must be a role key.' }),
    MaxLength(60, { message: 'signOffRoleKey must be at most 60 characters.' }),
    Clearable(),
  );
}
