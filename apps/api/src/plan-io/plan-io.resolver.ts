import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanEdit, CanView } from '../common/access/project-scoped.decorator';
import { ReaderFormats } from '../common/i18n/reader-language';
import { ImportPlanInput } from './dto/plan-io.inputs';
import { PlanFormat, PlanImportResultModel } from './models/plan-import-result.model';
import { PlanExportService } from './plan-export.service';
import { PlanImportService } from './plan-import.service';

@Resolver()
export class PlanIoResolver {
  constructor(
    private readonly planImport: PlanImportService,
    private readonly planExport: PlanExportService,
  ) {}

  @Mutation(() => PlanImportResultModel, {
    description: 'Imports a plan from MS Project XML or CSV: phases, tasks, milestones and their links. Nothing is imported unless every row is valid; errors name each bad row.',
  })
  @CanEdit('input.projectId')
  importPlan(@Args('input') input: ImportPlanInput, @Access() access: ProjectAccess): Promise<PlanImportResultModel> {
    return this.planImport.importPlan(input, access);
  }

  @Query(() => String, { description: 'The plan as a file of the given format, which MS Project opens (XML) or importPlan reads back (both).' })
  @CanView('projectId')
  exportPlan(
    @Args('projectId', { type: () => ID }) _projectId: string,
    @Args('format', { type: () => PlanFormat }) format: PlanFormat,
    @Access() access: ProjectAccess,
    @ReaderFormats() formats: ReaderFormats,
  ): Promise<string> {
    return this.planExport.exportPlan(format, access, formats);
  }
}
