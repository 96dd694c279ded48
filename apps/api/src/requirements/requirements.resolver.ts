import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { PersonModel } from '../people/models/person.model';
import { personById } from '../people/people.loaders';
import {
  CreateRequirementInput,
  ImportRequirementsCsvInput,
  RequirementFilterInput,
  SetRequirementsPriorityInput,
  UpdateRequirementInput,
} from './dto/requirement.inputs';
import { RequirementCountsModel, RequirementImportResultModel, RequirementModel } from './models/requirement.model';
import { RequirementsService } from './requirements.service';

@Resolver(() => RequirementModel)
export class RequirementsResolver {
  constructor(private readonly requirementsService: RequirementsService) {}

  @Query(() => [RequirementModel], { description: 'Needs gathered during analysis, in the order they were captured.' })
  requirements(
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('filter', { type: () => RequirementFilterInput, nullable: true }) filter: RequirementFilterInput | null,
    @CurrentUser() user: AuthUser,
  ): Promise<RequirementModel[]> {
    return this.requirementsService.list(projectId, filter ?? {}, user.id);
  }

  @Query(() => RequirementCountsModel, { description: 'How many requirements per department and per priority.' })
  requirementCounts(
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('filter', { type: () => RequirementFilterInput, nullable: true }) filter: RequirementFilterInput | null,
    @CurrentUser() user: AuthUser,
  ): Promise<RequirementCountsModel> {
    return this.requirementsService.counts(projectId, filter ?? {}, user.id);
  }

  @Query(() => String, { description: 'All requirements of the project as CSV, in the columns import expects.' })
  exportRequirementsCsv(@Args('projectId', { type: () => ID }) projectId: string, @CurrentUser() user: AuthUser): Promise<string> {
    return this.requirementsService.exportCsv(projectId, user.id);
  }

  @Mutation(() => RequirementModel)
  createRequirement(@Args('input') input: CreateRequirementInput, @CurrentUser() user: AuthUser): Promise<RequirementModel> {
    return this.requirementsService.create(input, user.id);
  }

  @Mutation(() => RequirementModel)
  updateRequirement(@Args('input') input: UpdateRequirementInput, @CurrentUser() user: AuthUser): Promise<RequirementModel> {
    return this.requirementsService.update(input, user.id);
  }

  @Mutation(() => [RequirementModel], { description: 'Gives many requirements the same priority at once.' })
  setRequirementsPriority(@Args('input') input: SetRequirementsPriorityInput, @CurrentUser() user: AuthUser): Promise<RequirementModel[]> {
    return this.requirementsService.setPriority(input, user.id);
  }

  @Mutation(() => RequirementImportResultModel, { description: 'Imports nothing unless every row is valid; errors name each bad row.' })
  importRequirementsCsv(@Args('input') input: ImportRequirementsCsvInput, @CurrentUser() user: AuthUser): Promise<RequirementImportResultModel> {
    return this.requirementsService.importCsv(input, user.id);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  stakeholder(@Parent() requirement: RequirementModel, @Context() ctx: GraphQLContext): Promise<PersonModel | null> {
    return requirement.stakeholderId ? personById(ctx.loaders).load(requirement.stakeholderId) : Promise.resolve(null);
  }
}
