import { Controller, Get, Header, Param, Redirect, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

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

  @Get('callback')
  @Redirect()
  @Header('Cache-Control', 'no-store')
  async callback(@Req() request: FastifyRequest): Promise<Redirection> {
    const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
    return { url: await this.sso.finish(search), statusCode: 302 };
  }

  @Get(':organisationSlug/start')
  @Redirect()
  @Header('Cache-Control', 'no-store')
  async start(@Param('organisationSlug') slug: string): Promise<Redirection> {
    return { url: await this.sso.start(slug), statusCode: 302 };
  }
}
