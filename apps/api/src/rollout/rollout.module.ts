import { Module } from '@nestjs/common';

import { ReadinessItemsResolver, RolloutWavesResolver } from './rollout.resolver';
import { RolloutService } from './rollout.service';

@Module({
  providers: [RolloutWavesResolver, ReadinessItemsResolver, RolloutService],
})
export class RolloutModule {}
