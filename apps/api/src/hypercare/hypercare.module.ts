import { Module } from '@nestjs/common';

import { PeopleModule } from '../people/people.module';
import { RolloutModule } from '../rollout/rollout.module';
import { TeamModule } from '../team/team.module';
import { TrainingModule } from '../training/training.module';
import { HypercareRepository } from './hypercare.repository';
import { HypercareResolver } from './hypercare.resolver';
import { HypercareService } from './hypercare.service';

@Module({
  imports: [RolloutModule, TeamModule, PeopleModule, TrainingModule],
  providers: [HypercareResolver, HypercareService, HypercareRepository],
  exports: [HypercareRepository],
})
export class HypercareModule {}
