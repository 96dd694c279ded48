import { Module } from '@nestjs/common';

import { ProgramTemplatesRepository } from './program-templates.repository';
import { ProgramTemplatesResolver } from './program-templates.resolver';
import { ProgramTemplatesService } from './program-templates.service';

@Module({
  providers: [ProgramTemplatesRepository, ProgramTemplatesResolver, ProgramTemplatesService],
  exports: [ProgramTemplatesService],
})
export class TemplatesModule {}
