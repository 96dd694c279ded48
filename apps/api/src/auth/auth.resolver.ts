import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { Public } from '../common/auth/public.decorator';
import { SignInThrottlerGuard } from '../common/auth/sign-in-throttler.guard';
import { AuthService } from './auth.service';
import { SignInInput } from './dto/sign-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { AuthPayloadModel } from './models/auth-payload.model';
import { UserModel } from './models/user.model';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(SignInThrottlerGuard)
  @Mutation(() => AuthPayloadModel)
  signUp(@Args('input') input: SignUpInput): Promise<AuthPayloadModel> {
    return this.auth.signUp(input);
  }

  @Public()
  @UseGuards(SignInThrottlerGuard)
  @Mutation(() => AuthPayloadModel)
  signIn(@Args('input') input: SignInInput): Promise<AuthPayloadModel> {
    return this.auth.signIn(input);
  }

  @Query(() => UserModel)
  me(@CurrentUser() user: AuthUser): Promise<UserModel> {
    return this.auth.me(user.id);
  }
}
