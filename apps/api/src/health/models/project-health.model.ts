import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

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
}

registerEnumType(HealthStatus, { name: 'HealthStatus' });
registerEnumType(HealthArea, { name: 'HealthArea' });

@ObjectType('HealthReason')
export class HealthReasonModel {
  @Field(() => HealthArea)
  area: HealthArea;

  @Field(() => HealthStatus, { description: 'AMBER or RED.' })
  status: HealthStatus;

  @Field()
  message: string;
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
}
