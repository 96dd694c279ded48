import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { GATE_RULE_KINDS, GateRuleKind } from '@crm/domain';

export enum ExitCriterionKind {
  CHECKBOX = 'CHECKBOX',
  RULE = 'RULE',
}

export enum SignOffState {
  NOT_REQUIRED = 'NOT_REQUIRED',
  AWAITING = 'AWAITING',
  SIGNED = 'SIGNED',
  LAPSED = 'LAPSED',
}

/** The rule kinds as a GraphQL enum, from the domain's list so the two cannot drift. */
export const GateRuleKindEnum = Object.fromEntries(GATE_RULE_KINDS.map((k) => [k, k])) as { [K in GateRuleKind]: K };

registerEnumType(ExitCriterionKind, { name: 'ExitCriterionKind', description: 'A box someone ticks, or a rule the program’s own data answers.' });
registerEnumType(SignOffState, { name: 'SignOffState' });
registerEnumType(GateRuleKindEnum, {
  name: 'GateRuleKind',
  valuesMap: {
    MUST_REQUIREMENTS_COVERED: { description: 'Every MUST requirement traces to a selection criterion, scored for every vendor.' },
    SELECTION_DECIDED: { description: 'The vendor decision and its rationale are recorded.' },
    PROCESSES_VALIDATED: { description: 'Every process is validated (or automated).' },
    WAVES_STAFFED: { description: 'Every rollout wave has a scope and key users.' },
    TRAINING_CADENCE_ON_TRACK: { description: 'The training cadence of a wave (or of every wave) is ON_TRACK.' },
    KPI_BASELINES_RECORDED: { description: 'Every KPI has a baseline.' },
    KPI_AT_THRESHOLD: { description: 'A KPI’s latest measurement has reached a threshold (its target by default).' },
    PHASE_ROLES_HELD: { description: 'Every role the phase’s open tasks follow has a primary holder.' },
    NO_SEVERE_SUPPORT_ITEMS: { description: 'No severity 1 or 2 support item is open in a wave (or in any live wave).' },
  },
});

@ObjectType('GateRule')
export class GateRuleModel {
  @Field(() => GateRuleKindEnum)
  kind: GateRuleKind;

  @Field(() => ID, { nullable: true, description: 'The wave judged; null means every wave.' })
  waveId: string | null;

  @Field(() => String, { nullable: true })
  kpiKey: string | null;

  @Field(() => Float, { nullable: true, description: 'The value the KPI must reach; null means its target.' })
  threshold: number | null;

  @Field({ description: 'What the rule checks, in a sentence.' })
  description: string;
}

@ObjectType('GateEvidenceParam')
export class GateEvidenceParamModel {
  @Field()
  name: string;

  @Field()
  value: string;
}

@ObjectType('GateEvidence', { description: 'One fact a criterion is judged on: a code with parameters for the client to word, and the English wording.' })
export class GateEvidenceModel {
  @Field()
  code: string;

  @Field(() => [GateEvidenceParamModel])
  params: GateEvidenceParamModel[];

  @Field({ description: 'Whether this fact is in favour of the criterion.' })
  ok: boolean;

  @Field()
  text: string;
}

@ObjectType('ExitCriterionSignOff')
export class SignOffModel {
  @Field(() => ID)
  personId: string;

  @Field()
  personName: string;

  @Field()
  comment: string;

  @Field()
  signedAt: Date;

  @Field({ description: 'True when the facts changed after the sign-off: it no longer counts and must be given again.' })
  lapsed: boolean;
}
