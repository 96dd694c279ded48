import { Field, ID, ObjectType } from '@nestjs/graphql';

import { ProjectChange } from '../live-events.service';

@ObjectType('ProjectChange', { description: 'Someone changed something in a program you are looking at: refetch what shows it.' })
export class ProjectChangeModel {
  @Field(() => ID)
  projectId!: string;

  @Field({ description: 'The mutation that made the change, e.g. updateTask.' })
  operation!: string;

  @Field(() => String, { nullable: true, description: 'The kind of record the mutation returned, e.g. Task.' })
  typename!: string | null;

  @Field(() => ID, { nullable: true, description: 'The id of the record the mutation returned, when it returned one.' })
  id!: string | null;

  @Field(() => ID, { description: 'Who made the change, so a client can skip its own.' })
  actorUserId!: string;

  @Field()
  at!: Date;
}

export function toProjectChange(change: ProjectChange): ProjectChangeModel {
  return { ...change, at: new Date(change.at) };
}
