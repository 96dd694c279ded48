import { Module } from '@nestjs/common';

import { KpisRepository } from './kpis.repository';
import { KpisResolver } from './kpis.resolver';
import { KpisService } from './kpis.service';

@Module({
  providers: [KpisResolver, KpisService, KpisRepository],
  exports: [KpisRepository],
})
export class KpisModule {}
