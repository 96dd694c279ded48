import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { getNamedType, GraphQLResolveInfo, isObjectType } from 'graphql';
import { Observable, tap } from 'rxjs';

import { accessKey, RequestWithAccess } from '../common/access/project-scoped.decorator';
import { LiveEventsService } from './live-events.service';

/**
 * Publishes a ProjectChange after every project-scoped mutation that succeeded, for every area at
 * once: the project-access guard has recorded the operation's project, and a resolver returns
 * only after its transaction committed, so nothing is announced that could still roll back.
 * Failed mutations publish nothing (the error skips `next`).
 */
@Injectable()
export class ProjectChangeInterceptor implements NestInterceptor {
  constructor(private readonly live: LiveEventsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.operation.operation !== 'mutation' || info.parentType !== info.schema.getMutationType()) return next.handle();
    const req: RequestWithAccess | undefined = gql.getContext().req;
    const access = req?.projectAccess?.[accessKey(context)];
    if (!access) return next.handle();
    return next.handle().pipe(
      tap((result) => {
        const record = recordOf(result, info);
        this.live.publishProjectChange({ projectId: access.projectId, operation: info.fieldName, ...record, actorUserId: access.userId });
      }),
    );
  }
}

/** The kind and id of the one record a mutation returned; lists (bulk changes) and scalars name none. */
function recordOf(result: unknown, info: GraphQLResolveInfo): { typename: string | null; id: string | null } {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return { typename: null, id: null };
  const value = result as { __typename?: unknown; id?: unknown };
  const declared = getNamedType(info.returnType);
  const typename = typeof value.__typename === 'string' ? value.__typename : isObjectType(declared) ? declared.name : null;
  return { typename, id: typeof value.id === 'string' ? value.id : null };
}
