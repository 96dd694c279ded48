import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { ownerFor, ResolvedOwner, riskScore, riskSeverity } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanEdit, CanView } from '../common/access/project-scoped.decorator';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { PersonModel } from '../people/models/person.model';
import { personById } from '../people/people.loaders';
import { OwnerSource } from '../tasks/models/task.model';
import { RoleModel } from '../team/models/role.model';
import { primaryHolderByRoleId, roleById } from '../team/team.loaders';
import { CreateRiskInput, UpdateRiskInput } from './dto/risk.inputs';
import { HeatMapCellModel, RiskModel, RiskSeverity } from './models/risk.model';
import { RisksService } from './risks.service';

@Resolver(() => RiskModel)
export class RisksResolver {
  constructor(private readonly risks: RisksService) {}

  @Query(() => [RiskModel], { name: 'risks', description: 'A project’s risks, highest score first; closed ones only when asked for.' })
  @CanView('projectId')
  listRisks(
    @Args('projectId', { type: () => ID }) _projectId: string,
    @Args('includeClosed', { type: () => Boolean, defaultValue: false }) includeClosed: boolean,
    @Access() access: ProjectAccess,
  ): Promise<RiskModel[]> {
    return this.risks.list(access, includeClosed);
  }

  @Query(() => [HeatMapCellModel], { description: 'All 25 likelihood × impact cells with the number of risks not closed in each.' })
  @CanView('projectId')
  riskHeatMap(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<HeatMapCellModel[]> {
    return this.risks.heatMap(access);
  }

  @Mutation(() => RiskModel)
  @CanEdit('input.projectId')
  createRisk(@Args('input') input: CreateRiskInput, @Access() access: ProjectAccess): Promise<RiskModel> {
    return this.risks.create(input, access);
  }

  @Mutation(() => RiskModel, { description: 'Re-assess, re-assign, or move a risk to MONITORING or CLOSED.' })
  @CanEdit('input.id', 'Risk')
  updateRisk(@Args('input') input: UpdateRiskInput, @Access() access: ProjectAccess): Promise<RiskModel> {
    return this.risks.update(input, access);
  }

  @ResolveField(() => Int, { description: 'Likelihood × impact, 1 to 25.' })
  score(@Parent() risk: RiskModel): number {
    return riskScore(risk.likelihood, risk.impact);
  }

  @ResolveField(() => RiskSeverity)
  severity(@Parent() risk: RiskModel): RiskSeverity {
    return riskSeverity(riskScore(risk.likelihood, risk.impact)) as RiskSeverity;
  }

  @ResolveField(() => RoleModel, { nullable: true, description: 'The role that answers for the risk.' })
  role(@Parent() risk: RiskModel, @Context() ctx: GraphQLContext): Promise<RoleModel | null> {
    return risk.roleId ? roleById(ctx.loaders).load(risk.roleId) : Promise.resolve(null);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'The explicit owner, else the primary holder of the role; null when unowned.' })
  async owner(@Parent() risk: RiskModel, @Context() ctx: GraphQLContext): Promise<PersonModel | null> {
    const { personId } = await this.resolvedOwner(risk, ctx);
    return personId ? personById(ctx.loaders).load(personId) : null;
  }

  @ResolveField(() => OwnerSource, { description: 'ASSIGNEE when someone was named as owner, ROLE when the role’s primary holder owns it.' })
  async ownerSource(@Parent() risk: RiskModel, @Context() ctx: GraphQLContext): Promise<OwnerSource> {
    return (await this.resolvedOwner(risk, ctx)).source as OwnerSource;
  }

  /** The same owner rule as tasks: an explicit owner wins over the role's primary holder. */
  private async resolvedOwner(risk: RiskModel, ctx: GraphQLContext): Promise<ResolvedOwner> {
    const holder = !risk.ownerId && risk.roleId ? await primaryHolderByRoleId(ctx.loaders).load(risk.roleId) : null;
    return ownerFor({ roleId: risk.roleId ?? '', assigneeId: risk.ownerId }, () => holder);
  }
}
