import { Module } from '@nestjs/common';

import { KpisModule } from '../kpis/kpis.module';
import { PeopleModule } from '../people/people.module';
import { RolloutModule } from '../rollout/rollout.module';
import { TrainingModule } from '../training/training.module';
import { AdoptionRepository } from './adoption.repository';
import { AdoptionResolver } from './adoption.resolver';
import { AdoptionService } from './adoption.service';

@Module({
  imports: [PeopleModule, RolloutModule, TrainingModule, KpisModule],
  providers: [AdoptionResolver, AdoptionService, AdoptionRepository],
})
export class AdoptionModule {}
