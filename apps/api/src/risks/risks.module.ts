import { Module } from '@nestjs/common';

import { PeopleModule } from '../people/people.module';
import { TeamModule } from '../team/team.module';
import { RisksRepository } from './risks.repository';
import { RisksResolver } from './risks.resolver';
import { RisksService } from './risks.service';

@Module({
  imports: [TeamModule, PeopleModule],
  providers: [RisksResolver, RisksService, RisksRepository],
  exports: [RisksRepository],
})
export class RisksModule {}
