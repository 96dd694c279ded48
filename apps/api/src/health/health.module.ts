import { Module } from '@nestjs/common';

import { CommunicationsModule } from '../communications/communications.module';
import { KpisModule } from '../kpis/kpis.module';
import { PhasesModule } from '../phases/phases.module';
import { HypercareDataModule } from '../hypercare/hypercare-data.module';
import { PlanningModule } from '../planning/planning.module';
import { RisksModule } from '../risks/risks.module';
import { RolloutModule } from '../rollout/rollout.module';
import { TasksModule } from '../tasks/tasks.module';
import { TeamModule } from '../team/team.module';
import { TrainingModule } from '../training/training.module';
import { HealthResolver } from './health.resolver';
import { HealthService } from './health.service';
import { ProjectHealthFieldResolver } from './project-health-field.resolver';

/** Health reads every area through that area's own repositories and services; it owns no table. */
@Module({
  imports: [CommunicationsModule, PhasesModule, PlanningModule, TasksModule, TeamModule, RolloutModule, TrainingModule, KpisModule, RisksModule, HypercareDataModule],
  providers: [HealthResolver, HealthService, ProjectHealthFieldResolver],
  exports: [HealthService],
})
export class HealthModule {}
