import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import { ProjectAccess, ProjectPermission } from './project-access';
import { RecordKindName } from './project-access.repository';

export const PROJECT_SCOPE = Symbol('PROJECT_SCOPE');

export interface ProjectScope {
  needs: ProjectPermission;
  /** Where the operation's arguments name the project, or a record of it, as a dot path: 'input.id'. */
  path: string;
  /** The kind of record the path names; 'Project' when it is the project's own id. */
  kind: RecordKindName;
}

/**
 * Marks a query or mutation as acting inside one project. The project-access guard finds the
 * project from the argument at `path`, loads the caller's membership once and refuses with
 * NOT_FOUND (not a member, or no such record) or FORBIDDEN (too low a permission) before the
 * resolver runs. The resolver receives the result through `@Access()`.
 */
export const ProjectScoped = (needs: ProjectPermission, path: string, kind: RecordKindName = 'Project') =>
  applyDecorators(SetMetadata(PROJECT_SCOPE, { needs, path, kind } satisfies ProjectScope));

export const CanView = (path: string, kind: RecordKindName = 'Project') => ProjectScoped(ProjectPermission.VIEWER, path, kind);
export const CanEdit = (path: string, kind: RecordKindName = 'Project') => ProjectScoped(ProjectPermission.EDITOR, path, kind);
export const CanOwn = (path: string, kind: RecordKindName = 'Project') => ProjectScoped(ProjectPermission.OWNER, path, kind);

export const EVEN_WHEN_ARCHIVED = Symbol('EVEN_WHEN_ARCHIVED');

/**
 * An archived program is read-only: the project-access guard refuses every mutation into it with
 * INVALID_STATE, except the ones marked with this (unarchiving it).
 */
export const EvenWhenArchived = () => SetMetadata(EVEN_WHEN_ARCHIVED, true);

export const EVEN_WHEN_REMOVED = Symbol('EVEN_WHEN_REMOVED');

/** A removed program answers NOT_FOUND to everything except the operations marked with this (restoring it). */
export const EvenWhenRemoved = () => SetMetadata(EVEN_WHEN_REMOVED, true);

/** Key under which the guard leaves an operation's access: the root field's response key (alias or name). */
export function accessKey(context: ExecutionContext): string {
  return String(GqlExecutionContext.create(context).getInfo().path.key);
}

export interface RequestWithAccess {
  projectAccess?: Record<string, ProjectAccess>;
}

/** The access the project-access guard resolved for this operation. */
export const Access = createParamDecorator((_data: unknown, context: ExecutionContext): ProjectAccess => {
  const req: RequestWithAccess = GqlExecutionContext.create(context).getContext().req;
  const access = req.projectAccess?.[accessKey(context)];
  if (!access) throw new Error('@Access() used on an operation without @CanView/@CanEdit/@CanOwn');
  return access;
});
