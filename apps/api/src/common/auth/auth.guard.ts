import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';

import { SessionClaims } from '../../auth/session-tokens';
import { UsersRepository } from '../../auth/users.repository';
import { unauthenticated } from '../errors/app-error';
import { isUuid } from '../ids/is-uuid';
import { AuthUser, requestOf } from './current-user';
import { IS_PUBLIC } from './public.decorator';

const SESSION_ENDED = 'Your session has ended or is invalid. Sign in again.';

export interface VerifiedSession {
  user: AuthUser;
  /** The token version it was issued under: a later check can tell whether its sessions were ended since. */
  tokenVersion: number;
}

/**
 * The account a bearer header ("Bearer …") signs in, or UNAUTHENTICATED. Shared by every way a
 * client talks to us (HTTP requests here, the subscription socket in live/), so a session ended
 * anywhere ends everywhere.
 */
export async function verifySession(jwt: JwtService, users: UsersRepository, header: unknown): Promise<VerifiedSession> {
  const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  if (!token) throw unauthenticated();
  let claims: SessionClaims;
  try {
    claims = await jwt.verifyAsync<SessionClaims>(token);
  } catch {
    throw unauthenticated(SESSION_ENDED, { reason: 'SESSION_ENDED' });
  }
  // A token we signed always names an account id; anything else (an old or hand-made token) is no session.
  if (!isUuid(claims.sub) || typeof claims.ver !== 'number') throw unauthenticated(SESSION_ENDED, { reason: 'SESSION_ENDED' });
  const account = await users.account(claims.sub);
  if (!account || account.deactivated || account.tokenVersion !== claims.ver) throw unauthenticated(SESSION_ENDED, { reason: 'SESSION_ENDED' });
  return {
    user: { id: account.id, email: account.email, organisationId: account.organisationId, organisationRole: account.organisationRole, locale: account.locale },
    tokenVersion: claims.ver,
  };
}

/**
 * Applied to every GraphQL operation: without a valid bearer token the answer is
 * UNAUTHENTICATED, unless the operation is marked @Public. The account is read on every request:
 * a token issued before the account's sessions were ended (new password, sign out everywhere,
 * deactivation) carries an older version and stops working at once. Plain HTTP routes (health,
 * calendar feeds, single sign-on) authorise themselves.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UsersRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = requestOf(context);
    request.user = (await verifySession(this.jwt, this.users, request.headers['authorization'])).user;
    return true;
  }
}
