import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { type Language, SIGN_UP_LINK_HOURS } from '@crm/domain';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { Public } from '../common/auth/public.decorator';
import { SignInThrottlerGuard } from '../common/auth/sign-in-throttler.guard';
import { ReaderLanguage } from '../common/i18n/reader-language';
import { AuthService } from './auth.service';
import { ChangePasswordInput, RequestPasswordResetInput, ResetPasswordInput, UpdateProfileInput } from './dto/account-care.inputs';
import { ConfirmSignUpInput } from './dto/confirm-sign-up.input';
import { SignInInput } from './dto/sign-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { AuthPayloadModel } from './models/auth-payload.model';
import { UserModel } from './models/user.model';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(SignInThrottlerGuard)
  @Mutation(() => Boolean, {
    description:
      'Mails a link that finishes a new account in a new organisation (as its admin), or, for an email that has an account, a reminder to sign in. True for any email; nothing is created until confirmSignUp.',
  })
  signUp(@Args('input') input: SignUpInput, @ReaderLanguage() language: Language): Promise<boolean> {
    return this.auth.signUp(input, language);
  }

  @Public()
  @UseGuards(SignInThrottlerGuard)
  @Mutation(() => AuthPayloadModel, { description: `Creates the account and its organisation from a sign-up link (single use, ${SIGN_UP_LINK_HOURS} hours) and signs in.` })
  confirmSignUp(@Args('input') input: ConfirmSignUpInput): Promise<AuthPayloadModel> {
    return this.auth.confirmSignUp(input);
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

  @Mutation(() => AuthPayloadModel, { description: 'Every other session ends; use the new token from the answer.' })
  changePassword(@Args('input') input: ChangePasswordInput, @CurrentUser() user: AuthUser): Promise<AuthPayloadModel> {
    return this.auth.changePassword(input, user);
  }

  @Public()
  @UseGuards(SignInThrottlerGuard)
  @Mutation(() => Boolean, { description: 'Mails a single-use reset link valid for 15 minutes. True for any email, known or not.' })
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @ReaderLanguage() language: Language): Promise<boolean> {
    return this.auth.requestPasswordReset(input, language);
  }

  @Public()
  @UseGuards(SignInThrottlerGuard)
  @Mutation(() => Boolean, { description: 'Sets the password from a reset link; every session of the account ends.' })
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.auth.resetPassword(input);
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the account, this one included.' })
  signOutEverywhere(@CurrentUser() user: AuthUser): Promise<boolean> {
    return this.auth.signOutEverywhere(user);
  }

  @Mutation(() => UserModel)
  updateProfile(@Args('input') input: UpdateProfileInput, @CurrentUser() user: AuthUser): Promise<UserModel> {
    return this.auth.updateProfile(input, user);
  }
}
