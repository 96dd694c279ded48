import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { MessageModel } from '../../common/graphql/message.model';
import { CadenceStatus } from '../../training/models/training.model';

export enum HealthStatus {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
}

export enum HealthArea {
  SCHEDULE = 'SCHEDULE',
  OWNERSHIP = 'OWNERSHIP',
  TRAINING = 'TRAINING',
  COMMUNICATIONS = 'COMMUNICATIONS',
  KPIS = 'KPIS',
  RISKS = 'RISKS',
  HYPERCARE = 'HYPERCARE',
}

export enum HealthReasonCode {
  GO_LIVE_FORECAST_SLIP = 'GO_LIVE_FORECAST_SLIP',
}

export enum GoLiveSlipVerdict {
  AT_RISK = 'AT_RISK',
  SLIPPING = 'SLIPPING',
}

registerEnumType(HealthStatus, { name: 'HealthStatus' });
registerEnumType(HealthArea, { name: 'HealthArea' });
registerEnumType(HealthReasonCode, { name: 'HealthReasonCode', description: 'Reasons a client may word or link itself; the others carry their sentence only.' });
registerEnumType(GoLiveSlipVerdict, {
  name: 'GoLiveSlipVerdict',
  description: 'SLIPPING: the go-live forecast passes the target. AT_RISK: it fits, but the slow end of its range does not.',
});

@ObjectType('HealthTask', { description: 'A task a health reason names.' })
export class HealthTaskModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType('GoLiveSlip', { description: 'The go-live forecast against the target, and the first tasks that drive it.' })
export class GoLiveSlipModel {
  @Field(() => GoLiveSlipVerdict)
  verdict: GoLiveSlipVerdict;

  @Field(() => String, { description: 'YYYY-MM-DD at the average pace of the last weeks.' })
  forecastDate: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD at the slowest week’s pace; null when a week finished nothing.' })
  latest: string | null;

  @Field(() => String, { description: 'The program’s target go-live, YYYY-MM-DD.' })
  targetDate: string;

  @Field(() => Int, { description: 'Working days the forecast passes the target; 0 when at risk.' })
  slipDays: number;

  @Field(() => Int, { nullable: true, description: 'Working days the slow end passes the target; null when it is open.' })
  latestSlipDays: number | null;

  @Field(() => [HealthTaskModel], { description: 'The first critical tasks not done, in chain order.' })
  drivers: HealthTaskModel[];

  @Field(() => Int, { description: 'Driving tasks beyond those named.' })
  moreDrivers: number;

  @Field(() => Int, { description: 'Weeks the pace was judged over.' })
  paceWeeks: number;
}

@ObjectType('HealthReason')
export class HealthReasonModel {
  @Field(() => HealthArea)
  area: HealthArea;

  @Field(() => HealthStatus, { description: 'AMBER or RED.' })
  status: HealthStatus;

  @Field()
  message: string;

  @Field(() => HealthReasonCode, { nullable: true })
  code: HealthReasonCode | null;

  @Field(() => MessageModel, { description: 'The reason as a code and its values, for the client to word; `message` is its English.' })
  reason: MessageModel;

  @Field(() => GoLiveSlipModel, { nullable: true, description: 'With GO_LIVE_FORECAST_SLIP.' })
  goLiveSlip: GoLiveSlipModel | null;
}

@ObjectType('WaveTrainingHealth')
export class WaveTrainingHealthModel {
  @Field()
  waveId: string;

  @Field()
  waveName: string;

  @Field(() => CadenceStatus)
  cadence: CadenceStatus;

  @Field(() => Int)
  sessionsInWindow: number;

  @Field(() => Int)
  gaps: number;

  @Field(() => Int)
  retrainingCount: number;
}

@ObjectType('NamedStatus')
export class NamedStatusModel {
  @Field()
  name: string;

  @Field()
  status: string;
}

@ObjectType('ScoredRisk')
export class ScoredRiskModel {
  @Field()
  title: string;

  @Field(() => Int)
  score: number;
}

@ObjectType('ProjectHealth')
export class ProjectHealthModel {
  @Field(() => HealthStatus)
  status: HealthStatus;

  @Field(() => [String], { description: 'Why the status is what it is, worst first; empty when green.' })
  reasons: string[];

  @Field(() => [HealthReasonModel])
  reasonDetails: HealthReasonModel[];

  @Field(() => [MessageModel], { description: 'The reasons as messages, in the order of `reasons`.' })
  reasonMessages: MessageModel[];

  @Field()
  generatedAt: Date;

  @Field(() => Int)
  overdueMilestones: number;

  @Field(() => Int, { description: 'Percent of all tasks done.' })
  percentDone: number;

  @Field(() => Int)
  unownedOpenTasks: number;

  @Field(() => [String])
  unfilledRoles: string[];

  @Field(() => Int)
  overAllocatedPeople: number;

  @Field(() => [WaveTrainingHealthModel], { description: 'Waves whose 90-day training window has started.' })
  training: WaveTrainingHealthModel[];

  @Field(() => [NamedStatusModel])
  kpis: NamedStatusModel[];

  @Field(() => [ScoredRiskModel], { description: 'Open risks, highest score first (at most 5).' })
  topRisks: ScoredRiskModel[];

  @Field(() => Int, { description: 'Open support items past their response or resolution target, across live waves.' })
  openSupportBreaches: number;
}
