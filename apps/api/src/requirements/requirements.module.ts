import { Module } from '@nestjs/common';

import { PeopleModule } from '../people/people.module';
import { RequirementsRepository } from './requirements.repository';
import { RequirementsResolver } from './requirements.resolver';
import { RequirementsService } from './requirements.service';

@Module({
  imports: [PeopleModule],
  providers: [RequirementsResolver, RequirementsService, RequirementsRepository],
  exports: [RequirementsRepository],
})
export class RequirementsModule {}
