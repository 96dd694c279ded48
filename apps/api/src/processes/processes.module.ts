import { Module } from '@nestjs/common';

import { RequirementsModule } from '../requirements/requirements.module';
import { TeamModule } from '../team/team.module';
import { ProcessesRepository } from './processes.repository';
import { ProcessesResolver } from './processes.resolver';
import { ProcessesService } from './processes.service';

@Module({
  imports: [RequirementsModule, TeamModule],
  providers: [ProcessesResolver, ProcessesService, ProcessesRepository],
})
export class ProcessesModule {}
