import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { AuthPayloadModel } from '../auth/models/auth-payload.model';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { Public } from '../common/auth/public.decorator';
import { SignInThrottlerGuard } from '../common/auth/sign-in-throttler.guard';
import { OrganisationModel } from '../organisations/models/organisation.model';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { CompleteSsoSignInInput, ConfigureSsoInput, RemoveSsoInput } from './dto/configure-sso.input';
import { browserCookieOf, ssoBrowserCookie } from './sso-browser-cookie';
import { SsoSignInModel } from './models/sso-sign-in.model';
import { SsoService } from './sso.service';

@Resolver()
export class SsoResolver {
  constructor(private readonly sso: SsoService) {}

  @Mutation(() => OrganisationModel, {
    description: 'Admins only. The provider is asked for its configuration before anything is saved (BAD_USER_INPUT on the issuer when it does not answer).',
  })
  configureSso(@Args('input') input: ConfigureSsoInput, @CurrentUser() user: AuthUser): Promise<OrganisationModel> {
    return this.sso.configure(input, user);
  }

  @Mutation(() => OrganisationModel, { description: 'Admins only. Single sign-on off; password sign-in on again.' })
  removeSso(@Args('input') input: RemoveSsoInput, @CurrentUser() user: AuthUser): Promise<OrganisationModel> {
    return this.sso.remove(input, user);
  }

  @Public()
  @UseGuards(SignInThrottlerGuard)
  @Query(() => SsoSignInModel, { description: 'The single sign-on of an organisation, by its slug; NOT_FOUND when it has none.' })
  ssoSignIn(@Args('organisation') organisation: string): Promise<SsoSignInModel> {
    return this.sso.signInOptions(organisation);
  }

  @Public()
  @UseGuards(SignInThrottlerGuard)
  @Mutation(() => AuthPayloadModel, {
    description: 'Trades the one-time code of /sso-complete for a session, in the browser that started the sign-in (its cookie); LOGIN_EXPIRED otherwise.',
  })
  async completeSsoSignIn(@Args('input') input: CompleteSsoSignInInput, @Context() context: GraphQLContext): Promise<AuthPayloadModel> {
    const session = await this.sso.complete(input.code, browserCookieOf(context.req.headers.cookie));
    context.res.header('set-cookie', ssoBrowserCookie('', this.sso.secureCookies, 0));
    return session;
  }
}
