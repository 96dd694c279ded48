import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';

import { unauthenticated } from '../errors/app-error';
import { requestOf } from './current-user';
import { IS_PUBLIC } from './public.decorator';

interface TokenClaims {
  sub: string;
  email: string;
}

/**
 * Applied to every GraphQL operation: without a valid bearer token the answer is
 * UNAUTHENTICATED, unless the operation is marked @Public. Plain HTTP routes (health, calendar
 * feeds) authorise themselves.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = requestOf(context);
    const header = request.headers['authorization'];
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) throw unauthenticated();
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token);
      request.user = { id: claims.sub, email: claims.email };
      return true;
    } catch {
      throw unauthenticated('Your session has expired or is invalid. Sign in again.');
    }
  }
}
