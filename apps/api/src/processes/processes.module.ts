import { Module } from '@nestjs/common';

import { ProcessesResolver } from './processes.resolver';
import { ProcessesService } from './processes.service';

@Module({
  providers: [ProcessesResolver, ProcessesService],
})
export class ProcessesModule {}
