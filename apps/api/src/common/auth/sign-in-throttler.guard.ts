import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';

/** The throttler reads the HTTP request from the GraphQL context, or from the route for a plain HTTP stop (single sign-on). */
@Injectable()
export class SignInThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    if (context.getType() === 'http') return super.getRequestResponse(context);
    const ctx = GqlExecutionContext.create(context).getContext();
    return { req: ctx.req, res: ctx.res ?? ctx.req.res };
  }
}
