import { Module } from '@nestjs/common';

import { TeamModule } from '../team/team.module';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [TeamModule],
  providers: [OrganisationsRepository, OrganisationsService, OrganisationsResolver],
  exports: [OrganisationsService, OrganisationsRepository],
})
export class OrganisationsModule {}
