import { forwardRef, Module } from '@nestjs/common';

import { RolloutModule } from '../rollout/rollout.module';
import { PeopleModule } from '../people/people.module';
import { TasksModule } from '../tasks/tasks.module';
import { TeamModule } from '../team/team.module';
import { ExitCriteriaRepository } from './exit-criteria.repository';
import { MilestonesRepository } from './milestones.repository';
import { MilestonesResolver, PhasesResolver } from './phases.resolver';
import { PhasesRepository } from './phases.repository';
import { ExitCriteriaResolver } from './exit-criteria.resolver';
import { ExitCriteriaService } from './exit-criteria.service';
import { PhaseGates } from './phase-gates';
import { PhasesService } from './phases.service';

@Module({
  // Rollout completes milestones through this module and this module moves waves through rollout.
  imports: [forwardRef(() => RolloutModule), forwardRef(() => TasksModule), forwardRef(() => TeamModule), PeopleModule],
  providers: [PhasesResolver, MilestonesResolver, ExitCriteriaResolver, PhasesService, ExitCriteriaService, PhasesRepository, MilestonesRepository, ExitCriteriaRepository, PhaseGates],
  // PhaseGates is exported for the tasks area: a task's change can block or open its phase's gate.
  exports: [PhasesService, PhasesRepository, MilestonesRepository, ExitCriteriaRepository, PhaseGates],
})
export class PhasesModule {}
