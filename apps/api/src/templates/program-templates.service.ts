import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import {
  BUILT_IN_TEMPLATES,
  builtInTemplate,
  builtInText,
  DEFAULT_LANGUAGE,
  describeTemplateProblems,
  type Language,
  parseTemplate,
  ProjectTemplate,
  STANDARD_TEMPLATE_ID,
  templateFromProgram,
  templateInLanguage,
} from '@crm/domain';

import { AuthUser } from '../common/auth/current-user';
import { badUserInput, notFound } from '../common/errors/app-error';
import { ProgramTemplateModel } from './program-templates.model';
import { ProgramTemplatesRepository } from './program-templates.repository';

@Injectable()
export class ProgramTemplatesService {
  constructor(private readonly templates: ProgramTemplatesRepository) {}

  /** The built-in templates first, worded in `language`, then the organisation's imported ones by name. */
  async list(user: AuthUser, language: Language = DEFAULT_LANGUAGE): Promise<ProgramTemplateModel[]> {
    const imported = await this.templates.listOf(user.organisationId);
    return [
      ...BUILT_IN_TEMPLATES.map((t) => ({ id: t.id, name: builtInText(t.name, language), crmProduct: t.crmProduct, description: builtInText(t.description, language), builtIn: true })),
      ...imported.map((t) => ({ id: t.id, name: t.name, crmProduct: t.crm_product, description: t.description, builtIn: false })),
    ];
  }

  /** Checks the text against the template format and keeps it for the importer's organisation. */
  async import(content: string, user: AuthUser): Promise<ProgramTemplateModel> {
    const parsed = parseTemplate(content);
    if (!parsed.ok) {
      throw badUserInput(parsed.problems.map((p) => ({ field: p.path ? `content.${p.path}` : 'content', message: p.message, code: p.code, params: p.params })));
    }
    const name = parsed.template.name?.trim();
    if (!name) throw badUserInput([{ field: 'content.name', message: 'Give the template a name (the "name" field), so it can be told apart in the list.', code: 'TEMPLATE_NAME_REQUIRED' }]);
    const row = await this.templates.insert(user.organisationId, user.id, { ...parsed.template, name });
    return { id: row.id, name: row.name, crmProduct: row.crm_product, description: row.description, builtIn: false };
  }

  /** The program's structure as template JSON text. */
  async export(projectId: string): Promise<string> {
    return JSON.stringify(templateFromProgram(await this.templates.structureOf(projectId)), null, 2);
  }

  /**
   * The template a new program starts from: a built-in one, worded in `language`, or one of the
   * organisation of this user as it was written (NOT_FOUND otherwise).
   */
  async resolve(tx: EntityManager, templateId: string | null | undefined, userId: string, language: Language = DEFAULT_LANGUAGE): Promise<ProjectTemplate> {
    const builtIn = builtInTemplate(templateId ?? STANDARD_TEMPLATE_ID);
    if (builtIn) return templateInLanguage(builtIn.template, language);
    const content = await this.templates.contentFor(tx, templateId as string, userId);
    if (!content) throw notFound('template');
    // Stored content was checked on import; read it again so an older format is refused clearly.
    const parsed = parseTemplate(JSON.stringify(content));
    if (!parsed.ok) throw badUserInput([{ field: 'templateId', message: `The template no longer reads: ${describeTemplateProblems(parsed.problems.slice(0, 3))}`, code: 'TEMPLATE_UNREADABLE' }]);
    return parsed.template;
  }
}
