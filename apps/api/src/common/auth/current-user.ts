import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import { OrganisationRole } from '@crm/domain';

/** The signed-in account, read from the users row on every request (not from the token's claims). */
export interface AuthUser {
  id: string;
  email: string;
  organisationId: string;
  organisationRole: OrganisationRole;
  /** The language chosen in the profile ("nl"); null follows the browser. */
  locale: string | null;
}

export interface RequestWithUser {
  user?: AuthUser;
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
}

export function requestOf(context: ExecutionContext): RequestWithUser {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
  return context.switchToHttp().getRequest();
}

/** The signed-in user; the auth guard has already refused requests without one. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = requestOf(context).user;
  if (!user) throw new Error('CurrentUser used on an operation that is not guarded');
  return user;
});
