import { Module } from '@nestjs/common';

import { ProjectsModule } from '../projects/projects.module';
import { TimelineRepository } from './timeline.repository';
import { TimelineResolver } from './timeline.resolver';
import { TimelineService } from './timeline.service';

@Module({
  imports: [ProjectsModule],
  providers: [TimelineResolver, TimelineService, TimelineRepository],
})
export class TimelineModule {}
