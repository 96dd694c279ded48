import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { durationInWorkingDays } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanView } from '../common/access/project-scoped.decorator';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { TaskModel } from '../tasks/models/task.model';
import { CriticalPathModel } from './models/critical-path.model';
import { GoLiveForecastModel } from './models/go-live-forecast.model';
import { programCalendarByProjectId, programScheduleByProjectId } from './planning.loaders';
import { PlanningService } from './planning.service';

@Resolver(() => CriticalPathModel)
export class PlanningResolver {
  constructor(private readonly planning: PlanningService) {}

  @Query(() => CriticalPathModel, { description: 'The program’s critical path over its tasks’ durations in working days and their links.' })
  @CanView('projectId')
  criticalPath(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess, @Context() ctx: GraphQLContext): Promise<CriticalPathModel> {
    return this.planning.criticalPath(access.projectId, ctx.loaders);
  }

  @Query(() => GoLiveForecastModel, { description: 'When the program can go live at the pace of the last four weeks, against its target.' })
  @CanView('projectId')
  goLiveForecast(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess, @Context() ctx: GraphQLContext): Promise<GoLiveForecastModel> {
    return this.planning.goLiveForecast(access.projectId, ctx.loaders);
  }
}

/** The schedule's fields on a task, resolved per program (one computation whatever the number of tasks). */
@Resolver(() => TaskModel)
export class TaskScheduleResolver {
  @ResolveField(() => Int, { nullable: true, description: 'Working days, start and due day counted: the recorded duration, else what the dates span; null without either.' })
  async durationDays(@Parent() task: TaskModel, @Context() ctx: GraphQLContext): Promise<number | null> {
    if (task.recordedDurationDays !== null) return task.recordedDurationDays;
    if (!task.startDate || !task.dueDate) return null;
    return durationInWorkingDays(task.startDate, task.dueDate, await programCalendarByProjectId(ctx.loaders).load(task.projectId));
  }

  @ResolveField(() => Int, { description: 'Working days the task can slip without moving the end of the program; 0 on the critical path.' })
  async slackDays(@Parent() task: TaskModel, @Context() ctx: GraphQLContext): Promise<number> {
    const schedule = await programScheduleByProjectId(ctx.loaders).load(task.projectId);
    return schedule?.slackById.get(task.id)?.slackDays ?? 0;
  }
}
