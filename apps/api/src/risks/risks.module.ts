import { Module } from '@nestjs/common';

import { RisksRepository } from './risks.repository';
import { RisksResolver } from './risks.resolver';
import { RisksService } from './risks.service';

@Module({
  providers: [RisksResolver, RisksService, RisksRepository],
  exports: [RisksRepository],
})
export class RisksModule {}
