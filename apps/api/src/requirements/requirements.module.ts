import { Module } from '@nestjs/common';

import { RequirementsResolver } from './requirements.resolver';
import { RequirementsService } from './requirements.service';

@Module({
  providers: [RequirementsResolver, RequirementsService],
})
export class RequirementsModule {}
