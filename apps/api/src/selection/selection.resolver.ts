import { Args, Context, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { normalizedWeights } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanEdit, CanView } from '../common/access/project-scoped.decorator';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { RequirementModel } from '../requirements/models/requirement.model';
import { CreateCriterionInput, CreateVendorInput, RecordSelectionDecisionInput, SetScoreInput, UpdateCriterionInput } from './dto/selection.inputs';
import {
  SelectionCoverageModel,
  SelectionCriterionModel,
  SelectionDecisionModel,
  SelectionSensitivityModel,
  VendorModel,
  VendorRankEntryModel,
  VendorScoreModel,
} from './models/selection.model';
import { criteriaByProjectId, requirementsByCriterionId, scoresByVendorId } from './selection.loaders';
import { SelectionService } from './selection.service';

@Resolver(() => VendorModel)
export class SelectionResolver {
  constructor(private readonly selection: SelectionService) {}

  @Query(() => [VendorModel])
  @CanView('projectId')
  vendors(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<VendorModel[]> {
    return this.selection.vendors(access);
  }

  @Query(() => [SelectionCriterionModel])
  @CanView('projectId')
  selectionCriteria(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<SelectionCriterionModel[]> {
    return this.selection.criteria(access);
  }

  @Query(() => [VendorRankEntryModel], { description: 'Vendors by weighted score (normalised weights), best first.' })
  @CanView('projectId')
  vendorRanking(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<VendorRankEntryModel[]> {
    return this.selection.ranking(access);
  }

  @Query(() => SelectionSensitivityModel, { description: 'Does the leader change if any one weight moves by ±10%?' })
  @CanView('projectId')
  selectionSensitivity(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<SelectionSensitivityModel> {
    return this.selection.sensitivity(access);
  }

  @Query(() => [RequirementModel], { description: 'MUST requirements no criterion traces to: not evaluated.' })
  @CanView('projectId')
  unevaluatedRequirements(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<RequirementModel[]> {
    return this.selection.unevaluatedRequirements(access);
  }

  @Query(() => SelectionCoverageModel, { description: 'How many MUST requirements there are and how many no criterion traces to.' })
  @CanView('projectId')
  selectionCoverage(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<SelectionCoverageModel> {
    return this.selection.coverage(access);
  }

  @Query(() => SelectionDecisionModel, { nullable: true })
  @CanView('projectId')
  selectionDecision(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<SelectionDecisionModel | null> {
    return this.selection.decision(access);
  }

  @Mutation(() => VendorModel)
  @CanEdit('input.projectId')
  createVendor(@Args('input') input: CreateVendorInput, @Access() access: ProjectAccess): Promise<VendorModel> {
    return this.selection.createVendor(input, access);
  }

  @Mutation(() => SelectionCriterionModel)
  @CanEdit('input.projectId')
  createCriterion(@Args('input') input: CreateCriterionInput, @Access() access: ProjectAccess): Promise<SelectionCriterionModel> {
    return this.selection.createCriterion(input, access);
  }

  @Mutation(() => SelectionCriterionModel)
  @CanEdit('input.id', 'SelectionCriterion')
  updateCriterion(@Args('input') input: UpdateCriterionInput, @Access() access: ProjectAccess): Promise<SelectionCriterionModel> {
    return this.selection.updateCriterion(input, access);
  }

  @Mutation(() => VendorScoreModel)
  @CanEdit('input.vendorId', 'Vendor')
  setScore(@Args('input') input: SetScoreInput, @Access() access: ProjectAccess): Promise<VendorScoreModel> {
    return this.selection.setScore(input, access);
  }

  @Mutation(() => SelectionDecisionModel, { description: 'Records the chosen vendor and completes the “vendor selected” milestone.' })
  @CanEdit('input.projectId')
  recordSelectionDecision(@Args('input') input: RecordSelectionDecisionInput, @Access() access: ProjectAccess): Promise<SelectionDecisionModel> {
    return this.selection.recordDecision(input, access);
  }

  @ResolveField(() => [VendorScoreModel])
  scores(@Parent() vendor: VendorModel, @Context() ctx: GraphQLContext): Promise<VendorScoreModel[]> {
    return scoresByVendorId(ctx.loaders).load(vendor.id);
  }
}

@Resolver(() => SelectionCriterionModel)
export class SelectionCriteriaResolver {
  @ResolveField(() => [RequirementModel], { description: 'The requirements this criterion evaluates.' })
  requirements(@Parent() criterion: SelectionCriterionModel, @Context() ctx: GraphQLContext): Promise<RequirementModel[]> {
    return requirementsByCriterionId(ctx.loaders).load(criterion.id);
  }

  @ResolveField(() => Float, { description: 'Share of the total weight, 0 to 1.' })
  async normalizedWeight(@Parent() criterion: SelectionCriterionModel, @Context() ctx: GraphQLContext): Promise<number> {
    const all = await criteriaByProjectId(ctx.loaders).load(criterion.projectId);
    return normalizedWeights(all).get(criterion.id) ?? 0;
  }
}
