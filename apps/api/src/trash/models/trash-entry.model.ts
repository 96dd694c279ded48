import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { TRASHABLE_KINDS, TrashableKindName } from '../trash-kinds';

export const TrashKind = Object.fromEntries(TRASHABLE_KINDS.map((k) => [k, k])) as { [K in TrashableKindName]: K };
registerEnumType(TrashKind, { name: 'TrashKind', description: 'A kind of record that can be removed to the trash and restored.' });

@ObjectType('TrashEntry', { description: 'A removed record, restorable by an editor until `restorableUntil`.' })
export class TrashEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => TrashKind)
  kind: TrashableKindName;

  @Field(() => ID, { description: 'The removed record; `restore<Kind>(input: {id: recordId})` brings it back.' })
  recordId: string;

  @Field()
  title: string;

  @Field()
  removedAt: Date;

  @Field(() => String, { nullable: true })
  removedByName: string | null;

  @Field()
  restorableUntil: Date;
}

@ObjectType('DependantCount', { description: 'How many records of one kind a removal touches.' })
export class DependantCountModel {
  @Field({ description: 'The kind of the dependent records, e.g. Task, Milestone, TaskDependency.' })
  kind: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('RemovalImpact', { description: 'What removing a record would do, to show before asking the user to confirm.' })
export class RemovalImpactModel {
  @Field(() => TrashKind)
  kind: TrashableKindName;

  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => [DependantCountModel], { description: 'Records that go to the trash with it (and come back with it).' })
  removedWithIt: DependantCountModel[];

  @Field(() => [DependantCountModel], { description: 'Records that stop pointing at it (a task loses its milestone); restored links come back.' })
  unlinked: DependantCountModel[];

  @Field(() => [DependantCountModel], { description: 'Records that prevent the removal until they are changed (a role that owns tasks).' })
  blockers: DependantCountModel[];

  @Field(() => String, { nullable: true, description: 'Why this record cannot be removed at all, if so (a standard role).' })
  refusal: string | null;
}

@ObjectType('RestoredRecord', { description: 'A record brought back from the trash, with what went with it.' })
export class RestoredRecordModel {
  @Field(() => TrashKind)
  kind: TrashableKindName;

  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}
