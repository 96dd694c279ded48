import { forwardRef, Module } from '@nestjs/common';

import { HypercareDataModule } from '../hypercare/hypercare-data.module';
import { CommunicationsModule } from '../communications/communications.module';
import { PhasesModule } from '../phases/phases.module';
import { RolloutRepository } from './rollout.repository';
import { ReadinessItemsResolver, RolloutWavesResolver } from './rollout.resolver';
import { RolloutService } from './rollout.service';

@Module({
  // Going live completes a milestone through phases; moving a milestone moves its wave through rollout.
  // Closing a wave ends its hypercare, by the hypercare exit gate over its support items; a wave's
  // communications plan is written and moved with it, and that area reads waves back.
  imports: [forwardRef(() => PhasesModule), HypercareDataModule, forwardRef(() => CommunicationsModule)],
  providers: [RolloutWavesResolver, ReadinessItemsResolver, RolloutService, RolloutRepository],
  exports: [RolloutService, RolloutRepository],
})
export class RolloutModule {}
