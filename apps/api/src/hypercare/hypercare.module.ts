import { Module } from '@nestjs/common';

import { PeopleModule } from '../people/people.module';
import { RolloutModule } from '../rollout/rollout.module';
import { TeamModule } from '../team/team.module';
import { TrainingModule } from '../training/training.module';
import { HypercareDataModule } from './hypercare-data.module';
import { HypercareResolver } from './hypercare.resolver';
import { HypercareService } from './hypercare.service';

@Module({
  imports: [HypercareDataModule, RolloutModule, TeamModule, PeopleModule, TrainingModule],
  providers: [HypercareResolver, HypercareService],
})
export class HypercareModule {}
