import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanEdit, CanView } from '../common/access/project-scoped.decorator';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { ReaderFormats } from '../common/i18n/reader-language';
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
  @CanView('projectId')
  requirements(
    @Args('projectId', { type: () => ID }) _projectId: string,
    @Args('filter', { type: () => RequirementFilterInput, nullable: true }) filter: RequirementFilterInput | null,
    @Access() access: ProjectAccess,
  ): Promise<RequirementModel[]> {
    return this.requirementsService.list(access, filter ?? {});
  }

  @Query(() => RequirementCountsModel, { description: 'How many requirements per department and per priority.' })
  @CanView('projectId')
  requirementCounts(
    @Args('projectId', { type: () => ID }) _projectId: string,
    @Args('filter', { type: () => RequirementFilterInput, nullable: true }) filter: RequirementFilterInput | null,
    @Access() access: ProjectAccess,
  ): Promise<RequirementCountsModel> {
    return this.requirementsService.counts(access, filter ?? {});
  }

  @Query(() => String, { description: 'All requirements of the project as CSV, in the columns import expects.' })
  @CanView('projectId')
  exportRequirementsCsv(
    @Args('projectId', { type: () => ID }) _projectId: string,
    @Access() access: ProjectAccess,
    @ReaderFormats() formats: ReaderFormats,
  ): Promise<string> {
    return this.requirementsService.exportCsv(access, formats);
  }

  @Mutation(() => RequirementModel)
  @CanEdit('input.projectId')
  createRequirement(@Args('input') input: CreateRequirementInput, @Access() access: ProjectAccess): Promise<RequirementModel> {
    return this.requirementsService.create(input, access);
  }

  @Mutation(() => RequirementModel)
  @CanEdit('input.id', 'Requirement')
  updateRequirement(@Args('input') input: UpdateRequirementInput, @Access() access: ProjectAccess): Promise<RequirementModel> {
    return this.requirementsService.update(input, access);
  }

  @Mutation(() => [RequirementModel], { description: 'Gives many requirements the same priority at once.' })
  @CanEdit('input.projectId')
  setRequirementsPriority(@Args('input') input: SetRequirementsPriorityInput, @Access() access: ProjectAccess): Promise<RequirementModel[]> {
    return this.requirementsService.setPriority(input, access);
  }

  @Mutation(() => RequirementImportResultModel, { description: 'Imports nothing unless every row is valid; errors name each bad row.' })
  @CanEdit('input.projectId')
  importRequirementsCsv(@Args('input') input: ImportRequirementsCsvInput, @Access() access: ProjectAccess): Promise<RequirementImportResultModel> {
    return this.requirementsService.importCsv(input, access);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  stakeholder(@Parent() requirement: RequirementModel, @Context() ctx: GraphQLContext): Promise<PersonModel | null> {
    return requirement.stakeholderId ? personById(ctx.loaders).load(requirement.stakeholderId) : Promise.resolve(null);
  }
}
