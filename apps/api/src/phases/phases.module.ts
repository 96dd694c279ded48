import { Module } from '@nestjs/common';

import { MilestonesResolver, PhasesResolver } from './phases.resolver';
import { PhasesService } from './phases.service';

@Module({
  providers: [PhasesResolver, MilestonesResolver, PhasesService],
  exports: [PhasesService],
})
export class PhasesModule {}
