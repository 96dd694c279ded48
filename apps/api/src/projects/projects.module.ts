import { Global, Module } from '@nestjs/common';

import { ProjectAccessService } from './project-access.service';
import { ProjectTemplateService } from './project-template.service';
import { ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';

@Global()
@Module({
  providers: [ProjectAccessService, ProjectTemplateService, ProjectsResolver, ProjectsService],
  exports: [ProjectAccessService],
})
export class ProjectsModule {}
