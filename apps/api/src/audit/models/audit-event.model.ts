import { Field, ID, ObjectType } from '@nestjs/graphql';

import { ConnectionType } from '../../common/graphql/pagination';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Task, Milestone, Phase, Project, RoleAssignment, Role, ProjectMember…' })
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field({ description: 'CREATED, UPDATED, STATUS_CHANGED, DELETED, ASSIGNED, UNASSIGNED, COMPLETED…' })
  action: string;

  @Field(() => String, { nullable: true, description: 'Name of the user who made the change.' })
  actorName: string | null;

  @Field()
  at: Date;

  @Field(() => String, { nullable: true, description: 'The changed values before, as JSON.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The changed values after, as JSON.' })
  after: string | null;
}

export const AuditEventConnection = ConnectionType(AuditEventModel, 'AuditEvent');
