import { Module } from '@nestjs/common';

import { CalendarController } from './calendar.controller';
import { TrainingResolver } from './training.resolver';
import { TrainingService } from './training.service';

@Module({
  controllers: [CalendarController],
  providers: [TrainingResolver, TrainingService],
  exports: [TrainingService],
})
export class TrainingModule {}
