import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import { OrganisationRole } from '@crm/domain';

import { AuthPayloadModel } from './models/auth-payload.model';

/** What a session token carries: the account and the token version it was issued under. */
export interface SessionClaims {
  sub: string;
  email: string;
  ver: number;
}

export interface SessionAccount {
  id: string;
  email: string;
  name: string;
  tokenVersion: number;
  organisationRole: OrganisationRole;
  locale: string | null;
  timeZone: string | null;
  version: number;
}

/** Issues the bearer token every way of signing in ends with (password, invitation, reset, SSO). */
@Injectable()
export class SessionTokens {
  constructor(private readonly jwt: JwtService) {}

  async issue(account: SessionAccount): Promise<AuthPayloadModel> {
    const claims: SessionClaims = { sub: account.id, email: account.email, ver: account.tokenVersion };
    const token = await this.jwt.signAsync(claims);
    return {
      token,
      user: {
        id: account.id,
        email: account.email,
        name: account.name,
        organisationRole: account.organisationRole,
        locale: account.locale,
        timeZone: account.timeZone,
        version: account.version,
      },
    };
  }
}
