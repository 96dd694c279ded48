import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';

import { forbidden, invalidState, notFound } from '../errors/app-error';
import { isUuid } from '../ids/is-uuid';
import { AuthUser } from '../auth/current-user';
import { PERMISSION_RANK, ProjectAccess, ProjectPermission } from './project-access';
import { ProjectAccessRepository } from './project-access.repository';
import { accessKey, EVEN_WHEN_ARCHIVED, EVEN_WHEN_REMOVED, PROJECT_SCOPE, ProjectScope, RequestWithAccess } from './project-scoped.decorator';

export const ARCHIVED_MESSAGE = 'This program is archived; unarchive it to change it.';

function valueAt(args: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), args);
}

/**
 * Resolves, once per operation, the project it acts in and the caller's permission there. A
 * record that does not exist and a project the caller is not a member of answer alike
 * (NOT_FOUND, one text for every kind), so a record's existence never leaks.
 */
@Injectable()
export class ProjectAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly memberships: ProjectAccessRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const scope = this.reflector.get<ProjectScope | undefined>(PROJECT_SCOPE, context.getHandler());
    if (!scope) return true;
    const gql = GqlExecutionContext.create(context);
    const req: RequestWithAccess & { user?: AuthUser } = gql.getContext().req;
    const user = req.user;
    if (!user) return true; // the auth guard has already answered UNAUTHENTICATED
    const id = valueAt(gql.getArgs(), scope.path);
    // An id that is no UUID, an unknown id and a record of a program the caller is not a member
    // of all answer the same NOT_FOUND text, whatever the record kind.
    if (typeof id !== 'string' || !isUuid(id)) throw notFound();
    const membership = await this.memberships.membershipVia(scope.kind, id, user.id);
    if (!membership?.permission) throw notFound();
    // A removed program is gone for every operation but its restore, which the owner check below still guards.
    if (membership.removed && !this.reflector.get<boolean>(EVEN_WHEN_REMOVED, context.getHandler())) throw notFound();
    if (PERMISSION_RANK[membership.permission] < PERMISSION_RANK[scope.needs]) {
      throw forbidden(
        scope.needs === ProjectPermission.OWNER
          ? 'Only the program owner can do this.'
          : 'You can view this program but not change it. Ask its owner for editor access.',
        { reason: scope.needs === ProjectPermission.OWNER ? 'PROJECT_OWNER_ONLY' : 'VIEW_ONLY' },
      );
    }
    // Checked here once for every area: an archived program takes no change until it is unarchived.
    if (membership.archived && gql.getInfo().operation.operation === 'mutation' && !this.reflector.get<boolean>(EVEN_WHEN_ARCHIVED, context.getHandler())) {
      throw invalidState(ARCHIVED_MESSAGE, 'ARCHIVED', {}, { reason: 'PROGRAM_ARCHIVED' });
    }
    const access: ProjectAccess = { projectId: membership.projectId, userId: user.id, email: user.email, permission: membership.permission };
    req.projectAccess = { ...req.projectAccess, [accessKey(context)]: access };
    return true;
  }
}
