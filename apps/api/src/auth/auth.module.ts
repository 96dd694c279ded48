import { Module } from '@nestjs/common';

import { OrganisationsModule } from '../organisations/organisations.module';
import { PeopleModule } from '../people/people.module';
import { AccountsService } from './accounts.service';
import { AccountTokensRepository } from './account-tokens.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionTokens } from './session-tokens';
import { UsersRepository } from './users.repository';

@Module({
  imports: [OrganisationsModule, PeopleModule],
  providers: [AuthResolver, AuthService, AccountsService, UsersRepository, AccountTokensRepository, SessionTokens],
  exports: [UsersRepository, SessionTokens, AccountTokensRepository, AccountsService],
})
export class AuthModule {}
