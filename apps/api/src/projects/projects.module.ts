import { Module } from '@nestjs/common';

import { AuthModule } from '../auth/auth.module';
import { TemplatesModule } from '../templates/templates.module';
import { ProjectMembersService } from './project-members.service';
import { ProjectTemplateRepository } from './project-template.repository';
import { ProjectTemplateService } from './project-template.service';
import { ProjectsRepository } from './projects.repository';
import { ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';

@Module({
  imports: [AuthModule, TemplatesModule],
  providers: [
    ProjectTemplateService,
    ProjectTemplateRepository,
    ProjectsResolver,
    ProjectsService,
    ProjectsRepository,
    ProjectMembersService,
  ],
  exports: [ProjectsRepository],
})
export class ProjectsModule {}
