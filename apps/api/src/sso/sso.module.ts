import { Module } from '@nestjs/common';

import { AuthModule } from '../auth/auth.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { SsoController } from './sso.controller';
import { SsoRepository } from './sso.repository';
import { SsoResolver } from './sso.resolver';
import { SsoService } from './sso.service';

@Module({
  imports: [AuthModule, OrganisationsModule],
  controllers: [SsoController],
  providers: [SsoRepository, SsoService, SsoResolver],
})
export class SsoModule {}
