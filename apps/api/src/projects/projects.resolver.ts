import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { daysLate, type Language, nextMilestone, todayIso } from '@crm/domain';

import { ProjectAccess, ProjectPermission } from '../common/access/project-access';
import { Access, CanEdit, CanOwn, CanView, EvenWhenArchived, EvenWhenRemoved } from '../common/access/project-scoped.decorator';
import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { ReaderLanguage } from '../common/i18n/reader-language';
import { MilestoneModel, MilestoneStatus, PhaseModel } from '../phases/models/phase.model';
import { milestonesByProjectId, phasesByProjectId } from '../phases/phases.loaders';
import { ArchiveProjectInput, DeleteProjectInput, ProjectsArgs, RestoreProjectInput, UnarchiveProjectInput } from './dto/archive-project.inputs';
import { CreateProjectInput } from './dto/create-project.input';
import { RemoveProjectMemberInput, UpdateProjectMemberInput } from './dto/project-members.inputs';
import { UpcomingMilestonesArgs } from './dto/upcoming-milestones.args';
import { UpdateProjectInput } from './dto/update-project.input';
import { TaskDependencyModel } from '../tasks/models/task.model';
import { ProjectMemberModel } from './models/project-extras.model';
import { ProjectModel } from './models/project.model';
import { dependenciesByProjectId, permissionByProjectId, unownedTaskCountByProjectId } from './projects.loaders';
import { ProjectMembersService } from './project-members.service';
import { ProjectsService } from './projects.service';

const isDone = (m: MilestoneModel) => m.status === MilestoneStatus.DONE;

@Resolver(() => ProjectModel)
export class ProjectsResolver {
  constructor(
    private readonly projectsService: ProjectsService,
    private readonly membersService: ProjectMembersService,
  ) {}

  @Query(() => [ProjectModel], { description: 'The projects you are a member of, newest first; archived ones only with includeArchived.' })
  projects(@CurrentUser() user: AuthUser, @Args() { includeArchived }: ProjectsArgs): Promise<ProjectModel[]> {
    return this.projectsService.listFor(user.id, includeArchived);
  }

  @Query(() => ProjectModel)
  @CanView('id')
  project(@Args('id', { type: () => ID }) _id: string, @Access() access: ProjectAccess): Promise<ProjectModel> {
    return this.projectsService.get(access);
  }

  @Mutation(() => ProjectModel)
  createProject(@Args('input') input: CreateProjectInput, @CurrentUser() user: AuthUser, @ReaderLanguage() language: Language): Promise<ProjectModel> {
    return this.projectsService.create(input, user.id, language);
  }

  @Mutation(() => ProjectModel)
  @CanEdit('input.id')
  updateProject(@Args('input') input: UpdateProjectInput, @Access() access: ProjectAccess): Promise<ProjectModel> {
    return this.projectsService.update(input, access);
  }

  @Mutation(() => ProjectMemberModel, {
    description: 'Owners only: change a member’s permission. Making someone OWNER and then stepping down hands the program over; the last owner cannot step down (INVALID_STATE, state LAST_OWNER).',
  })
  @CanOwn('input.projectId')
  updateProjectMember(@Args('input') input: UpdateProjectMemberInput, @Access() access: ProjectAccess): Promise<ProjectMemberModel> {
    return this.membersService.update(input, access);
  }

  @Mutation(() => ProjectMemberModel, {
    description: 'Owners remove a member; any member may remove themselves (leave). The last owner cannot leave (INVALID_STATE, state LAST_OWNER). Returns the member as they were.',
  })
  @CanView('input.projectId')
  removeProjectMember(@Args('input') input: RemoveProjectMemberInput, @Access() access: ProjectAccess): Promise<ProjectMemberModel> {
    return this.membersService.remove(input, access);
  }

  @Mutation(() => ProjectModel, { description: 'Owners only: make the program read-only and hide it from lists and allocation sums.' })
  @CanOwn('input.id')
  archiveProject(@Args('input') input: ArchiveProjectInput, @Access() access: ProjectAccess): Promise<ProjectModel> {
    return this.projectsService.archive(input, access);
  }

  @Mutation(() => ProjectModel, { description: 'Owners only: bring an archived program back into use.' })
  @CanOwn('input.id')
  @EvenWhenArchived()
  unarchiveProject(@Args('input') input: UnarchiveProjectInput, @Access() access: ProjectAccess): Promise<ProjectModel> {
    return this.projectsService.unarchive(input, access);
  }

  @Mutation(() => ProjectModel, { description: 'Owners only: remove the program for everyone; its owners can restore it from the program list for 30 days.' })
  @CanOwn('input.id')
  @EvenWhenArchived()
  deleteProject(@Args('input') input: DeleteProjectInput, @Access() access: ProjectAccess): Promise<ProjectModel> {
    return this.projectsService.remove(input, access);
  }

  @Mutation(() => ProjectModel, { description: 'Owners only: bring back a program removed in the last 30 days, as it was (archived again if it was archived before).' })
  @CanOwn('input.id')
  @EvenWhenArchived()
  @EvenWhenRemoved()
  restoreProject(@Args('input') input: RestoreProjectInput, @Access() access: ProjectAccess): Promise<ProjectModel> {
    return this.projectsService.restore(input, access);
  }

  @Query(() => [ProjectModel], { description: 'Programs you own that were removed in the last 30 days and can still be restored, last removed first.' })
  removedProjects(@CurrentUser() user: AuthUser): Promise<ProjectModel[]> {
    return this.projectsService.removedFor(user.id);
  }

  @ResolveField(() => ProjectPermission, {
    description: 'What you may do in this project now: VIEWER for everyone while it is archived (see memberPermission), so clients offer no changes.',
  })
  async myPermission(
    @Parent() project: ProjectModel,
    @Context() ctx: GraphQLContext,
    @CurrentUser() user: AuthUser,
  ): Promise<ProjectPermission> {
    if (project.archivedAt) return ProjectPermission.VIEWER;
    return (await permissionByProjectId(ctx.loaders, user.id).load(project.id))!;
  }

  @ResolveField(() => ProjectPermission, { description: 'Your permission as a member, archived or not: an OWNER may unarchive an archived program.' })
  async memberPermission(
    @Parent() project: ProjectModel,
    @Context() ctx: GraphQLContext,
    @CurrentUser() user: AuthUser,
  ): Promise<ProjectPermission> {
    return (await permissionByProjectId(ctx.loaders, user.id).load(project.id))!;
  }

  @ResolveField(() => [ProjectMemberModel])
  members(@Parent() project: ProjectModel): Promise<ProjectMemberModel[]> {
    return this.projectsService.members(project.id);
  }

  @ResolveField(() => [PhaseModel], { description: 'Phases in working order.' })
  phases(@Parent() project: ProjectModel, @Context() ctx: GraphQLContext): Promise<PhaseModel[]> {
    return phasesByProjectId(ctx.loaders).load(project.id);
  }

  @ResolveField(() => [MilestoneModel], { description: 'Every milestone, by due date.' })
  milestones(@Parent() project: ProjectModel, @Context() ctx: GraphQLContext): Promise<MilestoneModel[]> {
    return milestonesByProjectId(ctx.loaders).load(project.id);
  }

  @ResolveField(() => [MilestoneModel], { description: 'Milestones past due and not done, most late first.' })
  async overdueMilestones(@Parent() project: ProjectModel, @Context() ctx: GraphQLContext): Promise<MilestoneModel[]> {
    const today = todayIso();
    const all = await milestonesByProjectId(ctx.loaders).load(project.id);
    return all.filter((m) => daysLate(m.dueDate, isDone(m), today) > 0);
  }

  @ResolveField(() => [MilestoneModel], { description: 'The next open milestones, soonest first.' })
  async upcomingMilestones(
    @Parent() project: ProjectModel,
    @Context() ctx: GraphQLContext,
    @Args() { first }: UpcomingMilestonesArgs,
  ): Promise<MilestoneModel[]> {
    const today = todayIso();
    const all = await milestonesByProjectId(ctx.loaders).load(project.id);
    return all.filter((m) => !isDone(m) && m.dueDate >= today).slice(0, first);
  }

  @ResolveField(() => MilestoneModel, { nullable: true, description: 'The earliest milestone not yet done.' })
  async nextMilestone(@Parent() project: ProjectModel, @Context() ctx: GraphQLContext): Promise<MilestoneModel | null> {
    const all = await milestonesByProjectId(ctx.loaders).load(project.id);
    return nextMilestone(all.map((m) => ({ ...m, done: isDone(m) })));
  }

  @ResolveField(() => Int, { description: 'Tasks nobody owns: no assignee and nobody holds their role.' })
  unownedTaskCount(@Parent() project: ProjectModel, @Context() ctx: GraphQLContext): Promise<number> {
    return unownedTaskCountByProjectId(ctx.loaders).load(project.id);
  }

  @ResolveField(() => [TaskDependencyModel], { description: 'Every "waits for" link between the project’s tasks.' })
  taskDependencies(@Parent() project: ProjectModel, @Context() ctx: GraphQLContext): Promise<TaskDependencyModel[]> {
    return dependenciesByProjectId(ctx.loaders).load(project.id);
  }
}
