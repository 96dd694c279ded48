import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { gateEvidenceText } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanView } from '../common/access/project-scoped.decorator';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { RoleModel } from '../team/models/role.model';
import { roleById } from '../team/team.loaders';
import { SignOffInput } from './dto/exit-criterion.inputs';
import { ExitCriteriaService } from './exit-criteria.service';
import { JudgedCriterion } from './exit-criterion-verdicts';
import { GateEvidenceModel, SignOffModel, SignOffState } from './models/exit-criterion-gate.model';
import { ExitCriterionModel } from './models/phase.model';
import { judgedCriteriaByPhaseId } from './phases.loaders';

@Resolver(() => ExitCriterionModel)
export class ExitCriteriaResolver {
  constructor(private readonly exitCriteria: ExitCriteriaService) {}

  @Mutation(() => ExitCriterionModel, {
    name: 'signOff',
    description:
      'Signs a criterion off as the holder of its signing role, with a comment on what was checked. Open to every member of the program who holds that role, viewers included; the sign-off lapses when the facts it was given on change.',
  })
  @CanView('input.criterionId', 'ExitCriterion')
  signOffCriterion(@Args('input') input: SignOffInput, @Access() access: ProjectAccess): Promise<ExitCriterionModel> {
    return this.exitCriteria.signOff(input, access);
  }

  @ResolveField(() => Boolean, { description: 'Whether the criterion holds now: its box ticked or its rule met, and its sign-off given on the facts as they stand.' })
  async met(@Parent() criterion: ExitCriterionModel, @Context() ctx: GraphQLContext): Promise<boolean> {
    return (await this.judged(criterion, ctx)).verdict.met;
  }

  @ResolveField(() => Boolean, { description: 'Whether its box is ticked or its rule met, whatever the sign-off: a sign-off can be given once this is true.' })
  async factsMet(@Parent() criterion: ExitCriterionModel, @Context() ctx: GraphQLContext): Promise<boolean> {
    return (await this.judged(criterion, ctx)).verdict.factsMet;
  }

  @ResolveField(() => [GateEvidenceModel], { description: 'The facts the criterion is judged on; for a checkbox, whether it is ticked.' })
  async evidence(@Parent() criterion: ExitCriterionModel, @Context() ctx: GraphQLContext): Promise<GateEvidenceModel[]> {
    return (await this.judged(criterion, ctx)).evidence.map((e) => ({
      code: e.code,
      params: Object.entries(e.params).map(([name, value]) => ({ name, value: String(value) })),
      ok: e.ok,
      text: gateEvidenceText(e),
    }));
  }

  @ResolveField(() => RoleModel, { nullable: true, description: 'The role whose holder must sign the criterion off; null when none is asked.' })
  signOffRole(@Parent() criterion: ExitCriterionModel, @Context() ctx: GraphQLContext): Promise<RoleModel | null> {
    return criterion.signOffRoleId ? roleById(ctx.loaders).load(criterion.signOffRoleId) : Promise.resolve(null);
  }

  @ResolveField(() => SignOffState)
  async signOffState(@Parent() criterion: ExitCriterionModel, @Context() ctx: GraphQLContext): Promise<SignOffState> {
    return (await this.judged(criterion, ctx)).verdict.signOff as SignOffState;
  }

  @ResolveField(() => SignOffModel, { nullable: true, description: 'The latest sign-off, lapsed or not; null when nobody has signed.' })
  async signOff(@Parent() criterion: ExitCriterionModel, @Context() ctx: GraphQLContext): Promise<SignOffModel | null> {
    const judged = await this.judged(criterion, ctx);
    const s = judged.signOff;
    if (!s) return null;
    return { personId: s.person_id, personName: s.person_name, comment: s.comment, signedAt: s.signed_at, lapsed: judged.verdict.signOff === 'LAPSED' };
  }

  private async judged(criterion: ExitCriterionModel, ctx: GraphQLContext): Promise<JudgedCriterion> {
    const { judged } = await judgedCriteriaByPhaseId(ctx.loaders).load(criterion.phaseId);
    return judged.get(criterion.id) as JudgedCriterion;
  }
}
