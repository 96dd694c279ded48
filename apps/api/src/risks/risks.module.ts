import { Module } from '@nestjs/common';

import { RisksResolver } from './risks.resolver';
import { RisksService } from './risks.service';

@Module({
  providers: [RisksResolver, RisksService],
})
export class RisksModule {}
