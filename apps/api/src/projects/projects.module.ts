import { Module } from '@nestjs/common';

import { AuthModule } from '../auth/auth.module';
import { ProjectMembersService } from './project-members.service';
import { ProjectTemplateRepository } from './project-template.repository';
import { ProjectTemplateService } from './project-template.service';
import { ProjectsRepository } from './projects.repository';
import { ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';

@Module({
  imports: [AuthModule],
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
