import { forwardRef, Module } from '@nestjs/common';

import { RolloutModule } from '../rollout/rollout.module';
import { TasksModule } from '../tasks/tasks.module';
import { TeamModule } from '../team/team.module';
import { ExitCriteriaRepository } from './exit-criteria.repository';
import { MilestonesRepository } from './milestones.repository';
import { MilestonesResolver, PhasesResolver } from './phases.resolver';
import { PhasesRepository } from './phases.repository';
import { PhasesService } from './phases.service';

@Module({
  // Rollout completes milestones through this module and this module moves waves through rollout.
  imports: [forwardRef(() => RolloutModule), TasksModule, TeamModule],
  providers: [PhasesResolver, MilestonesResolver, PhasesService, PhasesRepository, MilestonesRepository, ExitCriteriaRepository],
  exports: [PhasesService, PhasesRepository, MilestonesRepository, ExitCriteriaRepository],
})
export class PhasesModule {}
