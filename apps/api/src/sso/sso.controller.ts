import { Controller, Get, Header, Param, Redirect, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { SignInThrottlerGuard } from '../common/auth/sign-in-throttler.guard';
import { browserCookieOf, ssoBrowserCookie } from './sso-browser-cookie';
import { SsoService } from './sso.service';

interface Redirection {
  url: string;
  statusCode: number;
}

/**
 * The two browser stops of single sign-on. Both answer with a redirect, never an error page: a
 * sign-in that cannot go on lands on the sign-in page with a code saying why.
 */
@Controller('auth/sso')
export class SsoController {
  constructor(private readonly sso: SsoService) {}

  @Get(':organisationSlug/callback')
  @Redirect()
  @Header('Cache-Control', 'no-store')
  async callback(@Param('organisationSlug') slug: string, @Req() request: FastifyRequest): Promise<Redirection> {
    const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
    return { url: await this.sso.finish(slug, search, browserCookieOf(request.headers.cookie)), statusCode: 302 };
  }

  /**
   * The shared address of the first version. Sign-ins now come back to the organisation's own
   * address (see SsoService.callbackUrl); one arriving here was relayed or registered before, and
   * is sent to start again.
   */
  @Get('callback')
  @Redirect()
  @Header('Cache-Control', 'no-store')
  sharedCallback(): Redirection {
    return { url: this.sso.startAgainUrl(), statusCode: 302 };
  }

  // Anyone may start, and each start writes a row and may ask the provider: counted like sign-ins.
  @Get(':organisationSlug/start')
  @UseGuards(SignInThrottlerGuard)
  @Redirect()
  @Header('Cache-Control', 'no-store')
  async start(@Param('organisationSlug') slug: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Redirection> {
    const { url, browserCookie } = await this.sso.start(slug);
    if (browserCookie) reply.header('set-cookie', ssoBrowserCookie(browserCookie, this.sso.secureCookies));
    return { url, statusCode: 302 };
  }
}
