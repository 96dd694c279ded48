import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { HypercareExitBlockerCode as DomainBlockerCode, SupportCategory as DomainCategory, SupportSeverity, SupportStatus as DomainStatus } from '@crm/domain';

export enum SupportCategory {
  HOW_TO = 'HOW_TO',
  DEFECT = 'DEFECT',
  DATA = 'DATA',
  ACCESS = 'ACCESS',
  REQUEST = 'REQUEST',
}

export enum SupportStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING = 'WAITING',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

export enum HypercareExitBlockerCode {
  WAVE_NOT_LIVE = 'WAVE_NOT_LIVE',
  URGENT_ITEMS_OPEN = 'URGENT_ITEMS_OPEN',
  VOLUME_NOT_FALLING = 'VOLUME_NOT_FALLING',
}

// The GraphQL enums are the domain's lists; these lines fail to compile if they drift apart.
const _categories: Record<DomainCategory, SupportCategory> = SupportCategory;
const _statuses: Record<DomainStatus, SupportStatus> = SupportStatus;
const _codes: Record<DomainBlockerCode, HypercareExitBlockerCode> = HypercareExitBlockerCode;
void [_categories, _statuses, _codes];

registerEnumType(SupportCategory, { name: 'SupportCategory', description: 'HOW_TO: a question of use (the reporter goes on the re-training list); DEFECT, DATA, ACCESS, REQUEST.' });
registerEnumType(SupportStatus, {
  name: 'SupportStatus',
  description: 'OPEN → IN_PROGRESS / WAITING / RESOLVED; IN_PROGRESS ⇄ WAITING; RESOLVED → CLOSED or back to IN_PROGRESS. The first move out of OPEN is the response.',
});
registerEnumType(HypercareExitBlockerCode, { name: 'HypercareExitBlockerCode' });

@ObjectType('SupportItem', { description: 'A question or problem a user reported after their wave went live.' })
export class SupportItemModel {
  @Field(() => ID)
  id: string;

  projectId: string;

  @Field(() => ID)
  waveId: string;

  @Field(() => Int, { description: 'Its number in the program: #1, #2, …' })
  number: number;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => Int, { description: '1 (work has stopped) to 4 (a question or a wish).' })
  severity: SupportSeverity;

  @Field(() => SupportCategory)
  category: SupportCategory;

  @Field(() => SupportStatus)
  status: SupportStatus;

  reporterId: string | null;
  ownerRoleId: string | null;

  @Field(() => Date, { nullable: true, description: 'When the desk first answered (the first move out of OPEN).' })
  respondedAt: Date | null;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field()
  responseDueAt: Date;

  @Field()
  resolutionDueAt: Date;

  @Field({ description: 'Not answered by its response target.' })
  responseBreached: boolean;

  @Field({ description: 'Not resolved by its resolution target.' })
  resolutionBreached: boolean;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;
}

@ObjectType('HypercareTarget', { description: 'How quickly the desk answers and resolves items of one severity. Severity 1 counts around the clock, the others Monday to Friday.' })
export class HypercareTargetModel {
  @Field(() => Int)
  severity: number;

  @Field(() => Int)
  responseMinutes: number;

  @Field(() => Int)
  resolutionMinutes: number;

  @Field({ description: 'The program changed it from the default.' })
  custom: boolean;
}

@ObjectType('HypercareExitBlocker', { description: 'Why a wave’s hypercare cannot end yet; the client words it from the code and params.' })
export class HypercareExitBlockerModel {
  @Field(() => HypercareExitBlockerCode)
  code: HypercareExitBlockerCode;

  @Field({ description: 'The facts as a JSON object, e.g. {"severity1":1,"severity2":0}.' })
  params: string;
}

@ObjectType('HypercareExit', { description: 'The hypercare exit gate: no open severity 1–2 item and new items falling two weeks in a row.' })
export class HypercareExitModel {
  @Field()
  met: boolean;

  @Field(() => [HypercareExitBlockerModel])
  blockers: HypercareExitBlockerModel[];

  @Field(() => [Int], { description: 'New items in each of the last three 7-day weeks, oldest first.' })
  weeklyVolume: number[];
}

export interface SupportItemRow {
  id: string;
  project_id: string;
  wave_id: string;
  number: number;
  title: string;
  description: string;
  severity: number;
  category: SupportCategory;
  status: SupportStatus;
  reporter_id: string | null;
  owner_role_id: string | null;
  responded_at: Date | null;
  resolved_at: Date | null;
  created_by: string | null;
  version: number;
  created_at: Date;
}

export interface HypercareTargetRow {
  project_id: string;
  severity: number;
  response_minutes: number;
  resolution_minutes: number;
}
