import { Module } from '@nestjs/common';

import { KpisResolver } from './kpis.resolver';
import { KpisService } from './kpis.service';

@Module({
  providers: [KpisResolver, KpisService],
})
export class KpisModule {}
