import { Module } from '@nestjs/common';

import { PhasesModule } from '../phases/phases.module';
import { RequirementsModule } from '../requirements/requirements.module';
import { SelectionRepository } from './selection.repository';
import { SelectionCriteriaResolver, SelectionResolver } from './selection.resolver';
import { SelectionService } from './selection.service';

@Module({
  imports: [PhasesModule, RequirementsModule],
  providers: [SelectionResolver, SelectionCriteriaResolver, SelectionService, SelectionRepository],
})
export class SelectionModule {}
