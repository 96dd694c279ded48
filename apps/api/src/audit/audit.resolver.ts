import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID } from 'class-validator';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanView } from '../common/access/project-scoped.decorator';
import { Connection, PageArgs } from '../common/graphql/pagination';
import { AuditService } from './audit.service';
import { AuditEventConnection, AuditEventModel } from './models/audit-event.model';

@ArgsType()
class AuditEventsArgs extends PageArgs {
  @Field(() => ID)
  @IsString()
  projectId: string;

  @Field(() => ID, { nullable: true, description: 'Only the history of this record (e.g. one task).' })
  @IsOptional()
  @IsUUID('all', { message: 'entityId must be an id.' })
  entityId?: string;
}

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, { description: 'Who changed what and when, newest first.' })
  @CanView('projectId')
  auditEvents(@Args() args: AuditEventsArgs, @Access() access: ProjectAccess): Promise<Connection<AuditEventModel>> {
    return this.audit.history({ projectId: access.projectId, entityId: args.entityId }, args);
  }
}
