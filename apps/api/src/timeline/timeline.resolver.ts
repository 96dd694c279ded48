import { Args, Context, Query, Resolver } from '@nestjs/graphql';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanView } from '../common/access/project-scoped.decorator';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { ProjectTimelineArgs } from './dto/timeline.args';
import { ProjectTimeline } from './models/timeline.model';
import { TimelineService } from './timeline.service';

@Resolver(() => ProjectTimeline)
export class TimelineResolver {
  constructor(private readonly timeline: TimelineService) {}

  @Query(() => ProjectTimeline, {
    description: 'What the timeline draws for a window of a project, in one request: phases, milestones, dated tasks and their dependencies.',
  })
  @CanView('projectId')
  projectTimeline(@Args() args: ProjectTimelineArgs, @Access() access: ProjectAccess, @Context() ctx: GraphQLContext): Promise<ProjectTimeline> {
    return this.timeline.timelineOf(args, access, ctx.loaders);
  }
}
