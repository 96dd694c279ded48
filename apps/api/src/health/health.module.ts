import { Module } from '@nestjs/common';

import { TeamModule } from '../team/team.module';
import { TrainingModule } from '../training/training.module';
import { HealthResolver } from './health.resolver';
import { HealthService } from './health.service';

@Module({
  imports: [TeamModule, TrainingModule],
  providers: [HealthResolver, HealthService],
})
export class HealthModule {}
