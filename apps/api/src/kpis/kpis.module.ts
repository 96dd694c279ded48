import { Module } from '@nestjs/common';

import { TrashModule } from '../trash/trash.module';
import { KpisRepository } from './kpis.repository';
import { KpisResolver } from './kpis.resolver';
import { KpisService } from './kpis.service';

@Module({
  imports: [TrashModule],
  providers: [KpisResolver, KpisService, KpisRepository],
  exports: [KpisRepository],
})
export class KpisModule {}
