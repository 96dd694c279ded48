import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanEdit, CanView } from '../common/access/project-scoped.decorator';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { SaveBaselineInput } from './dto/baseline.inputs';
import { BaselineModel, BaselineVarianceRowModel } from './models/baseline.model';
import { BaselinesService } from './baselines.service';

@Resolver(() => BaselineModel)
export class BaselinesResolver {
  constructor(private readonly service: BaselinesService) {}

  @Mutation(() => BaselineModel, { description: 'Saves today’s dates of every task and milestone of the program as a named baseline.' })
  @CanEdit('input.projectId')
  saveBaseline(@Args('input') input: SaveBaselineInput, @Access() access: ProjectAccess): Promise<BaselineModel> {
    return this.service.save(input, access);
  }

  @Query(() => [BaselineModel], { name: 'baselines', description: 'The program’s baselines, newest first.' })
  @CanView('projectId')
  listBaselines(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<BaselineModel[]> {
    return this.service.list(access);
  }

  @Query(() => [BaselineVarianceRowModel], { description: 'Today’s plan against a baseline, per task and milestone in working days: slipped items first, the worst at the top.' })
  @CanView('baselineId', 'Baseline')
  baselineVariance(
    @Args('baselineId', { type: () => ID }) baselineId: string,
    @Access() access: ProjectAccess,
    @Context() ctx: GraphQLContext,
  ): Promise<BaselineVarianceRowModel[]> {
    return this.service.variance(baselineId, access, ctx.loaders);
  }
}
