import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum MyWorkKind {
  TASK = 'TASK',
  TRAINING_SESSION = 'TRAINING_SESSION',
  RISK = 'RISK',
  MILESTONE = 'MILESTONE',
}

/** Why a piece of work is yours. */
export enum MyWorkReason {
  /** A task assigned to you, or a risk that names you as its owner. */
  ASSIGNED = 'ASSIGNED',
  /** Nobody is named; you are the primary holder of the role that owns it. */
  ROLE = 'ROLE',
  /** A session you give. */
  TRAINER = 'TRAINER',
  /** A session you are invited to or marked as attending. */
  ATTENDEE = 'ATTENDEE',
  /** A milestone of a program you own. */
  PROGRAM_OWNER = 'PROGRAM_OWNER',
  /** A milestone of a program where you hold a role. */
  TEAM_MEMBER = 'TEAM_MEMBER',
}

/** At most this many items of each kind: enough for anyone's real list, and a bound on the response. */
export const MY_WORK_LIMIT_PER_KIND = 200;

registerEnumType(MyWorkKind, { name: 'MyWorkKind' });
registerEnumType(MyWorkReason, { name: 'MyWorkReason' });

@ObjectType('MyWorkItem', { description: 'One open piece of work of yours, in one of your programs.' })
export class MyWorkItemModel {
  @Field(() => MyWorkKind)
  kind: MyWorkKind;

  @Field(() => ID, { description: 'The id of the task, session, risk or milestone.' })
  id: string;

  @Field({ description: 'The task or risk title, session topic or milestone name.' })
  title: string;

  @Field(() => ID)
  projectId: string;

  @Field()
  projectName: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: a task’s or milestone’s due day, a session’s day where it takes place; null when undated (risks, tasks without a due date).',
  })
  dueDate: string | null;

  @Field({ description: 'The record’s own status, e.g. TODO, SCHEDULED, OPEN, PLANNED.' })
  status: string;

  @Field(() => MyWorkReason)
  reason: MyWorkReason;

  @Field(() => ID, { nullable: true, description: 'The phase of a task or milestone.' })
  phaseId: string | null;

  @Field(() => ID, { nullable: true, description: 'The rollout wave of a training session.' })
  waveId: string | null;

  @Field(() => Date, { nullable: true, description: 'When a training session starts.' })
  startsAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The IANA time zone a training session is held in.' })
  timeZone: string | null;
}

@ObjectType('MyWork')
export class MyWorkModel {
  @Field(() => [MyWorkItemModel], { description: 'Soonest due first within each kind; undated work last.' })
  items: MyWorkItemModel[];

  @Field(() => [MyWorkKind], { description: `Kinds with more open work than the ${MY_WORK_LIMIT_PER_KIND} shown of each; empty when the list is complete.` })
  truncatedKinds: MyWorkKind[];
}
