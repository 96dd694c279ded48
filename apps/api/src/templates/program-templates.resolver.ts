import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { Language } from '@crm/domain';

import { CanView } from '../common/access/project-scoped.decorator';
import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { ReaderLanguage } from '../common/i18n/reader-language';
import { ImportTemplateInput, ProgramTemplateModel } from './program-templates.model';
import { ProgramTemplatesService } from './program-templates.service';

@Resolver(() => ProgramTemplateModel)
export class ProgramTemplatesResolver {
  constructor(private readonly service: ProgramTemplatesService) {}

  @Query(() => [ProgramTemplateModel], { description: 'Templates a new program can start from: the built-in ones (named in your language), then those your organisation imported (as written).' })
  templates(@CurrentUser() user: AuthUser, @ReaderLanguage() language: Language): Promise<ProgramTemplateModel[]> {
    return this.service.list(user, language);
  }

  @Query(() => String, { description: 'The program’s phases, criteria, milestones, tasks, roles, risks and KPIs as template JSON, dates relative to start and go-live.' })
  @CanView('projectId')
  exportTemplate(@Args('projectId', { type: () => ID }) projectId: string): Promise<string> {
    return this.service.export(projectId);
  }

  @Mutation(() => ProgramTemplateModel, { description: 'Keeps a template (JSON text) for your organisation; problems come back as BAD_USER_INPUT with their JSON path.' })
  importTemplate(@Args('input') input: ImportTemplateInput, @CurrentUser() user: AuthUser): Promise<ProgramTemplateModel> {
    return this.service.import(input.content, user);
  }
}
