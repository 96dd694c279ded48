import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { isOverdue, openPrerequisites, ownerFor, todayIso } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanEdit, CanView } from '../common/access/project-scoped.decorator';
import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { Connection } from '../common/graphql/pagination';
import { PersonModel } from '../people/models/person.model';
import { personById } from '../people/people.loaders';
import { MilestoneModel, PhaseModel } from '../phases/models/phase.model';
import { milestoneById, phaseById } from '../phases/phases.loaders';
import { ProjectModel } from '../projects/models/project.model';
import { projectById } from '../projects/projects.loaders';
import { RoleModel } from '../team/models/role.model';
import { roleById } from '../team/team.loaders';
import { CreateTaskInput, MyTasksArgs, SetTaskStatusInput, TasksArgs, UpdateTaskInput, UpdateTasksInput } from './dto/task.inputs';
import { OwnerSource, TaskConnection, TaskDependencyModel, TaskModel } from './models/task.model';
import { dependenciesByTaskId, dependencyIdsByTaskId, prerequisitesOf } from './tasks.loaders';
import { TasksService } from './tasks.service';

@Resolver(() => TaskModel)
export class TasksResolver {
  constructor(private readonly tasks: TasksService) {}

  @Query(() => TaskConnection, { name: 'tasks', description: 'A project’s tasks in creation order, filtered and paged.' })
  @CanView('projectId')
  listTasks(@Args() args: TasksArgs, @Access() access: ProjectAccess): Promise<Connection<TaskModel>> {
    return this.tasks.list(args, access);
  }

  @Query(() => TaskModel)
  @CanView('id', 'Task')
  task(@Args('id', { type: () => ID }) id: string): Promise<TaskModel> {
    return this.tasks.get(id);
  }

  /** Not project-scoped: it spans every project the user is a member of. */
  @Query(() => [TaskModel], { description: 'Tasks you own across your projects, soonest due first.' })
  myTasks(@Args() args: MyTasksArgs, @CurrentUser() user: AuthUser): Promise<TaskModel[]> {
    return this.tasks.mine(args, user);
  }

  @Mutation(() => TaskModel)
  @CanEdit('input.projectId')
  createTask(@Args('input') input: CreateTaskInput, @Access() access: ProjectAccess): Promise<TaskModel> {
    return this.tasks.create(input, access);
  }

  @Mutation(() => TaskModel)
  @CanEdit('input.id', 'Task')
  updateTask(@Args('input') input: UpdateTaskInput, @Access() access: ProjectAccess): Promise<TaskModel> {
    return this.tasks.update(input, access);
  }

  @Mutation(() => TaskModel)
  @CanEdit('input.id', 'Task')
  setTaskStatus(@Args('input') input: SetTaskStatusInput, @Access() access: ProjectAccess): Promise<TaskModel> {
    return this.tasks.setStatus(input, access);
  }

  @Mutation(() => [TaskModel], {
    description: 'One status, role or assignee for several tasks of a project at once, all or nothing; returns them in board order.',
  })
  @CanEdit('input.projectId')
  updateTasks(@Args('input') input: UpdateTasksInput, @Access() access: ProjectAccess): Promise<TaskModel[]> {
    return this.tasks.updateMany(input, access);
  }

  @ResolveField(() => RoleModel)
  async role(@Parent() task: TaskModel, @Context() ctx: GraphQLContext): Promise<RoleModel> {
    return (await roleById(ctx.loaders).load(task.roleId))!;
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'The explicit assignee, if any.' })
  assignee(@Parent() task: TaskModel, @Context() ctx: GraphQLContext): Promise<PersonModel | null> {
    return task.assigneeId ? personById(ctx.loaders).load(task.assigneeId) : Promise.resolve(null);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'The assignee, else the primary holder of the role; null when unowned.' })
  owner(@Parent() task: TaskModel, @Context() ctx: GraphQLContext): Promise<PersonModel | null> {
    const { personId } = ownerFor(task, () => task.primaryHolderId);
    return personId ? personById(ctx.loaders).load(personId) : Promise.resolve(null);
  }

  @ResolveField(() => OwnerSource)
  ownerSource(@Parent() task: TaskModel): OwnerSource {
    return ownerFor(task, () => task.primaryHolderId).source as OwnerSource;
  }

  @ResolveField(() => PhaseModel)
  async phase(@Parent() task: TaskModel, @Context() ctx: GraphQLContext): Promise<PhaseModel> {
    return (await phaseById(ctx.loaders).load(task.phaseId))!;
  }

  @ResolveField(() => MilestoneModel, { nullable: true })
  milestone(@Parent() task: TaskModel, @Context() ctx: GraphQLContext): Promise<MilestoneModel | null> {
    return task.milestoneId ? milestoneById(ctx.loaders).load(task.milestoneId) : Promise.resolve(null);
  }

  @ResolveField(() => ProjectModel)
  async project(@Parent() task: TaskModel, @Context() ctx: GraphQLContext): Promise<ProjectModel> {
    return (await projectById(ctx.loaders).load(task.projectId))!;
  }

  @ResolveField(() => [ID], { description: 'Tasks that must finish before this one.' })
  dependsOnIds(@Parent() task: TaskModel, @Context() ctx: GraphQLContext): Promise<string[]> {
    return dependencyIdsByTaskId(ctx.loaders).load(task.id);
  }

  @ResolveField(() => [TaskDependencyModel], { description: 'Tasks that must finish before this one, each with its lag, in board order.' })
  dependencies(@Parent() task: TaskModel, @Context() ctx: GraphQLContext): Promise<TaskDependencyModel[]> {
    return dependenciesByTaskId(ctx.loaders).load(task.id);
  }

  @ResolveField(() => [TaskModel], {
    description: 'The tasks this one waits for that are not done yet, in board order. Empty when it may start.',
  })
  async waitingFor(@Parent() task: TaskModel, @Context() ctx: GraphQLContext): Promise<TaskModel[]> {
    return openPrerequisites(await prerequisitesOf(ctx.loaders, task.id));
  }

  @ResolveField(() => Boolean)
  overdue(@Parent() task: TaskModel): boolean {
    return isOverdue(task, todayIso());
  }
}
