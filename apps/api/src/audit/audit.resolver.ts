import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsOptional, IsString, IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { Connection, connectionOf, decodeCursor, PageArgs } from '../common/graphql/pagination';
import { ProjectAccessService } from '../projects/project-access.service';
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

interface AuditRow {
  id: string;
  entity_type: string;
  entity_id: string;
  action: string;
  actor_name: string | null;
  at: Date;
  before: object | null;
  after: object | null;
}

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
  ) {}

  @Query(() => AuditEventConnection, { description: 'Who changed what and when, newest first.' })
  async auditEvents(@Args() args: AuditEventsArgs, @CurrentUser() user: AuthUser): Promise<Connection<AuditEventModel>> {
    await this.access.canView(args.projectId, user.id);
    const before = decodeCursor(args.after);
    const params: unknown[] = [args.projectId, args.first + 1];
    const where = ['e.project_id = $1'];
    if (args.entityId) where.push(`e.entity_id = $${params.push(args.entityId)}`);
    if (before) where.push(`e.id < $${params.push(before)}`);
    const rows: AuditRow[] = await this.db.query(
      `SELECT e.*, u.name AS actor_name FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
       WHERE ${where.join(' AND ')} ORDER BY e.id DESC LIMIT $2`,
      params,
    );
    const countParams = args.entityId ? [args.projectId, args.entityId] : [args.projectId];
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE project_id = $1${args.entityId ? ' AND entity_id = $2' : ''}`,
      countParams,
    );
    const events = rows.map((r) => ({
      id: r.id,
      entityType: r.entity_type,
      entityId: r.entity_id,
      action: r.action,
      actorName: r.actor_name,
      at: r.at,
      before: r.before ? JSON.stringify(r.before) : null,
      after: r.after ? JSON.stringify(r.after) : null,
    }));
    return connectionOf(events, args.first, (e) => e.id, n);
  }
}
