import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum WaveStatus {
  PLANNED = 'PLANNED',
  READY = 'READY',
  LIVE = 'LIVE',
  CLOSED = 'CLOSED',
}

registerEnumType(WaveStatus, {
  name: 'WaveStatus',
  description: 'PLANNED until every readiness item is checked (READY), then LIVE after go-live and CLOSED once hypercare ends.',
});

@ObjectType('RolloutWave', { description: 'One step of a phased rollout: a group of users that goes live together.' })
export class RolloutWaveModel {
  @Field(() => ID)
  id: string;

  projectId: string;
  milestoneId: string | null;

  @Field()
  name: string;

  @Field(() => [String], { description: 'The business units, branches or countries that go live in this wave.' })
  scope: string[];

  @Field({ description: 'YYYY-MM-DD; the due date of the wave’s go-live milestone.' })
  goLiveDate: string;

  @Field(() => WaveStatus)
  status: WaveStatus;

  @Field(() => Date, { nullable: true })
  wentLiveAt: Date | null;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;
}

@ObjectType('ReadinessItem', { description: 'One check on a wave’s readiness list; the wave goes live only when all are done.' })
export class ReadinessItemModel {
  @Field(() => ID)
  id: string;

  waveId: string;

  @Field()
  label: string;

  @Field()
  done: boolean;

  @Field(() => Int)
  position: number;
}

export interface RolloutWaveRow {
  id: string;
  project_id: string;
  name: string;
  scope: string[];
  go_live_date: string;
  status: WaveStatus;
  milestone_id: string | null;
  went_live_at: Date | null;
  version: number;
  created_at: Date;
}

export function toRolloutWave(r: RolloutWaveRow): RolloutWaveModel {
  return {
    id: r.id,
    projectId: r.project_id,
    milestoneId: r.milestone_id,
    name: r.name,
    scope: r.scope,
    goLiveDate: r.go_live_date,
    status: r.status,
    wentLiveAt: r.went_live_at,
    version: r.version,
    createdAt: r.created_at,
  };
}

export interface ReadinessItemRow {
  id: string;
  wave_id: string;
  label: string;
  done: boolean;
  position: number;
}

export function toReadinessItem(r: ReadinessItemRow): ReadinessItemModel {
  return { id: r.id, waveId: r.wave_id, label: r.label, done: r.done, position: r.position };
}
