import { Module } from '@nestjs/common';

import { PeopleModule } from '../people/people.module';
import { TeamModule } from '../team/team.module';
import { TrashModule } from '../trash/trash.module';
import { KpisRepository } from './kpis.repository';
import { KpisResolver } from './kpis.resolver';
import { KpisService } from './kpis.service';

@Module({
  imports: [TrashModule, TeamModule, PeopleModule],
  providers: [KpisResolver, KpisService, KpisRepository],
  exports: [KpisRepository, KpisService],
})
export class KpisModule {}
