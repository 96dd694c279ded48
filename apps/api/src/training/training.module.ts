import { Module } from '@nestjs/common';

import { PeopleModule } from '../people/people.module';
import { RolloutModule } from '../rollout/rollout.module';
import { CalendarController } from './calendar.controller';
import { TrainingRepository } from './training.repository';
import { TrainingResolver } from './training.resolver';
import { TrainingService } from './training.service';

@Module({
  imports: [RolloutModule, PeopleModule],
  controllers: [CalendarController],
  providers: [TrainingResolver, TrainingService, TrainingRepository],
  exports: [TrainingService, TrainingRepository],
})
export class TrainingModule {}
