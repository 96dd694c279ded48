import { Args, Context, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { assessKpi, KpiAssessment } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanEdit, CanView } from '../common/access/project-scoped.decorator';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { RoleModel } from '../team/models/role.model';
import { roleById } from '../team/team.loaders';
import { CreateKpiInput, DeleteKpiMeasurementInput, RecordKpiMeasurementInput, UpdateKpiInput, UpdateKpiMeasurementInput } from './dto/kpi.inputs';
import { measurementsByKpiId } from './kpis.loaders';
import { KpisService } from './kpis.service';
import { KpiMeasurementModel, KpiModel, KpiStatus, KpiTrend } from './models/kpi.model';

@Resolver(() => KpiModel)
export class KpisResolver {
  constructor(private readonly kpis: KpisService) {}

  @Query(() => [KpiModel], { name: 'kpis', description: 'A project’s KPIs: the template’s first, then those added later.' })
  @CanView('projectId')
  listKpis(@Args('projectId', { type: () => ID }) _projectId: string, @Access() access: ProjectAccess): Promise<KpiModel[]> {
    return this.kpis.list(access);
  }

  @Mutation(() => KpiModel)
  @CanEdit('input.projectId')
  createKpi(@Args('input') input: CreateKpiInput, @Access() access: ProjectAccess): Promise<KpiModel> {
    return this.kpis.create(input, access);
  }

  @Mutation(() => KpiModel, { description: 'Rename a KPI or change its unit, direction, baseline or target.' })
  @CanEdit('input.id', 'Kpi')
  updateKpi(@Args('input') input: UpdateKpiInput, @Access() access: ProjectAccess): Promise<KpiModel> {
    return this.kpis.update(input, access);
  }

  @Mutation(() => KpiModel, { description: 'Records a measured value; returns the KPI with its new status and trend.' })
  @CanEdit('input.kpiId', 'Kpi')
  recordKpiMeasurement(@Args('input') input: RecordKpiMeasurementInput, @Access() access: ProjectAccess): Promise<KpiModel> {
    return this.kpis.recordMeasurement(input, access);
  }

  @Mutation(() => KpiModel, { description: 'Corrects a measurement’s value, day or note; returns the KPI with its new status and trend.' })
  @CanEdit('input.id', 'KpiMeasurement')
  updateKpiMeasurement(@Args('input') input: UpdateKpiMeasurementInput, @Access() access: ProjectAccess): Promise<KpiModel> {
    return this.kpis.updateMeasurement(input, access);
  }

  @Mutation(() => KpiModel, { description: 'Removes a measurement; the KPI’s history keeps what it was. Returns the KPI with its new status and trend.' })
  @CanEdit('input.id', 'KpiMeasurement')
  deleteKpiMeasurement(@Args('input') input: DeleteKpiMeasurementInput, @Access() access: ProjectAccess): Promise<KpiModel> {
    return this.kpis.deleteMeasurement(input, access);
  }

  @ResolveField(() => RoleModel, { nullable: true, description: 'The role told when the KPI goes off track; null when the CRM analyst is.' })
  ownerRole(@Parent() kpi: KpiModel, @Context() ctx: GraphQLContext): Promise<RoleModel | null> {
    return kpi.ownerRoleId ? roleById(ctx.loaders).load(kpi.ownerRoleId) : Promise.resolve(null);
  }

  @ResolveField(() => [KpiMeasurementModel], { description: 'Oldest first.' })
  measurements(@Parent() kpi: KpiModel, @Context() ctx: GraphQLContext): Promise<KpiMeasurementModel[]> {
    return measurementsByKpiId(ctx.loaders).load(kpi.id);
  }

  @ResolveField(() => Float, { nullable: true, description: 'The most recent value; null before the first measurement.' })
  async latest(@Parent() kpi: KpiModel, @Context() ctx: GraphQLContext): Promise<number | null> {
    return (await this.assessment(kpi, ctx)).latest;
  }

  @ResolveField(() => KpiStatus)
  async status(@Parent() kpi: KpiModel, @Context() ctx: GraphQLContext): Promise<KpiStatus> {
    return (await this.assessment(kpi, ctx)).status as KpiStatus;
  }

  @ResolveField(() => KpiTrend)
  async trend(@Parent() kpi: KpiModel, @Context() ctx: GraphQLContext): Promise<KpiTrend> {
    return (await this.assessment(kpi, ctx)).trend as KpiTrend;
  }

  @ResolveField(() => Float, { nullable: true, description: 'Share of the way from baseline to target: 0 at the baseline, 1 at the target.' })
  async progress(@Parent() kpi: KpiModel, @Context() ctx: GraphQLContext): Promise<number | null> {
    return (await this.assessment(kpi, ctx)).progress;
  }

  /** The measurements come from the request's loader, so every field shares one statement. */
  private async assessment(kpi: KpiModel, ctx: GraphQLContext): Promise<KpiAssessment> {
    const measurements = await measurementsByKpiId(ctx.loaders).load(kpi.id);
    return assessKpi(kpi, measurements.map((m) => ({ at: m.measuredOn, value: m.value })));
  }
}
