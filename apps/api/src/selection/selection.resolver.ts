import { Args, Context, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { normalizedWeights } from '@crm/domain';

import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { RequirementModel } from '../requirements/models/requirement.model';
import { linkedRequirements } from '../requirements/requirements.loaders';
import { CreateCriterionInput, CreateVendorInput, RecordSelectionDecisionInput, SetScoreInput, UpdateCriterionInput } from './dto/selection.inputs';
import {
  SelectionCriterionModel,
  SelectionDecisionModel,
  SelectionSensitivityModel,
  VendorModel,
  VendorRankEntryModel,
  VendorScoreModel,
} from './models/selection.model';
import { criteriaByProjectId, scoresByVendorId } from './selection.loaders';
import { SelectionService } from './selection.service';

@Resolver(() => VendorModel)
export class SelectionResolver {
  constructor(private readonly selection: SelectionService) {}

  @Query(() => [VendorModel])
  vendors(@Args('projectId', { type: () => ID }) projectId: string, @CurrentUser() user: AuthUser): Promise<VendorModel[]> {
    return this.selection.vendors(projectId, user.id);
  }

  @Query(() => [SelectionCriterionModel])
  selectionCriteria(@Args('projectId', { type: () => ID }) projectId: string, @CurrentUser() user: AuthUser): Promise<SelectionCriterionModel[]> {
    return this.selection.criteria(projectId, user.id);
  }

  @Query(() => [VendorRankEntryModel], { description: 'Vendors by weighted score (normalised weights), best first.' })
  vendorRanking(@Args('projectId', { type: () => ID }) projectId: string, @CurrentUser() user: AuthUser): Promise<VendorRankEntryModel[]> {
    return this.selection.ranking(projectId, user.id);
  }

  @Query(() => SelectionSensitivityModel, { description: 'Does the leader change if any one weight moves by ±10%?' })
  selectionSensitivity(@Args('projectId', { type: () => ID }) projectId: string, @CurrentUser() user: AuthUser): Promise<SelectionSensitivityModel> {
    return this.selection.sensitivity(projectId, user.id);
  }

  @Query(() => [RequirementModel], { description: 'MUST requirements no criterion traces to: not evaluated.' })
  unevaluatedRequirements(@Args('projectId', { type: () => ID }) projectId: string, @CurrentUser() user: AuthUser): Promise<RequirementModel[]> {
    return this.selection.unevaluatedRequirements(projectId, user.id);
  }

  @Query(() => SelectionDecisionModel, { nullable: true })
  selectionDecision(@Args('projectId', { type: () => ID }) projectId: string, @CurrentUser() user: AuthUser): Promise<SelectionDecisionModel | null> {
    return this.selection.decision(projectId, user.id);
  }

  @Mutation(() => VendorModel)
  createVendor(@Args('input') input: CreateVendorInput, @CurrentUser() user: AuthUser): Promise<VendorModel> {
    return this.selection.createVendor(input, user.id);
  }

  @Mutation(() => SelectionCriterionModel)
  createCriterion(@Args('input') input: CreateCriterionInput, @CurrentUser() user: AuthUser): Promise<SelectionCriterionModel> {
    return this.selection.createCriterion(input, user.id);
  }

  @Mutation(() => SelectionCriterionModel)
  updateCriterion(@Args('input') input: UpdateCriterionInput, @CurrentUser() user: AuthUser): Promise<SelectionCriterionModel> {
    return this.selection.updateCriterion(input, user.id);
  }

  @Mutation(() => VendorScoreModel)
  setScore(@Args('input') input: SetScoreInput, @CurrentUser() user: AuthUser): Promise<VendorScoreModel> {
    return this.selection.setScore(input, user.id);
  }

  @Mutation(() => SelectionDecisionModel, { description: 'Records the chosen vendor and completes the “vendor selected” milestone.' })
  recordSelectionDecision(@Args('input') input: RecordSelectionDecisionInput, @CurrentUser() user: AuthUser): Promise<SelectionDecisionModel> {
    return this.selection.recordDecision(input, user.id);
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
    return linkedRequirements(ctx.loaders, 'criterion_requirements').load(criterion.id);
  }

  @ResolveField(() => Float, { description: 'Share of the total weight, 0 to 1.' })
  async normalizedWeight(@Parent() criterion: SelectionCriterionModel, @Context() ctx: GraphQLContext): Promise<number> {
    const all = await criteriaByProjectId(ctx.loaders).load(criterion.projectId);
    return normalizedWeights(all).get(criterion.id) ?? 0;
  }
}
