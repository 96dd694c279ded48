import type { Language } from '../i18n/languages';
import type { ProjectTemplate } from './project-template';
import variantsItalian from './crm-variants.it.json';
import variantsDutch from './crm-variants.nl.json';
import standardItalian from './standard-template.it.json';
import standardDutch from './standard-template.nl.json';

/** A template's texts in another language, keyed by the English they replace. */
export type TemplateTexts = Readonly<Record<string, string>>;

/** The standard template's texts in each language besides English (the template's own). */
export const STANDARD_TEMPLATE_TEXTS: Readonly<Record<Exclude<Language, 'en'>, TemplateTexts>> = { nl: standardDutch, it: standardItalian };

/** What the CRM variants add to the standard template (their own tasks and risks), and every built-in template's name and description. */
export const CRM_VARIANT_TEXTS: Readonly<Record<Exclude<Language, 'en'>, TemplateTexts>> = { nl: variantsDutch, it: variantsItalian };

/** Every text of the built-in templates in each language besides English. */
export const BUILT_IN_TEMPLATE_TEXTS: Readonly<Record<Exclude<Language, 'en'>, TemplateTexts>> = {
  nl: { ...standardDutch, ...variantsDutch },
  it: { ...standardItalian, ...variantsItalian },
};

/** A built-in text (a template's name, say) in `language`; English when there is no translation. */
export function builtInText(text: string, language: Language): string {
  return language === 'en' ? text : (BUILT_IN_TEMPLATE_TEXTS[language][text] ?? text);
}

/** Every text of a template a reader sees in the program it creates: names, descriptions, labels, units, messages. */
export function templateTexts(template: ProjectTemplate): string[] {
  return [
    ...template.roles.flatMap((role) => [role.name, role.description]),
    ...template.phases.flatMap((phase) => [phase.name, ...phase.exitCriteria.map((criterion) => criterion.label), ...phase.milestones.map((milestone) => milestone.name)]),
    ...template.tasks.flatMap((task) => [task.title, task.description]),
    ...template.risks.flatMap((risk) => [risk.title, risk.description, risk.mitigation]),
    ...template.kpis.flatMap((kpi) => [kpi.name, kpi.unit, kpi.description]),
    ...(template.communications ?? []).flatMap((message) => [message.title, message.body]),
  ];
}

/**
 * The template with its texts in another language. Keys, rules, roles and dates stay as they are;
 * a text without a translation (a product variant's own tasks, say) stays in English.
 */
export function localizeTemplate(template: ProjectTemplate, texts: TemplateTexts): ProjectTemplate {
  const t = (text: string) => texts[text] ?? text;
  return {
    ...template,
    ...(template.name !== undefined ? { name: t(template.name) } : {}),
    ...(template.description !== undefined ? { description: t(template.description) } : {}),
    roles: template.roles.map((role) => ({ ...role, name: t(role.name), description: t(role.description) })),
    phases: template.phases.map((phase) => ({
      ...phase,
      name: t(phase.name),
      exitCriteria: phase.exitCriteria.map((criterion) => ({ ...criterion, label: t(criterion.label) })),
      milestones: phase.milestones.map((milestone) => ({ ...milestone, name: t(milestone.name) })),
    })),
    tasks: template.tasks.map((task) => ({ ...task, title: t(task.title), description: t(task.description) })),
    risks: template.risks.map((risk) => ({ ...risk, title: t(risk.title), description: t(risk.description), mitigation: t(risk.mitigation) })),
    kpis: template.kpis.map((kpi) => ({ ...kpi, name: t(kpi.name), unit: t(kpi.unit), description: t(kpi.description) })),
    ...(template.communications ? { communications: template.communications.map((message) => ({ ...message, title: t(message.title), body: t(message.body) })) } : {}),
  };
}

/** A built-in template's content for a program created by someone reading `language`. */
export function templateInLanguage(template: ProjectTemplate, language: Language): ProjectTemplate {
  return language === 'en' ? template : localizeTemplate(template, BUILT_IN_TEMPLATE_TEXTS[language]);
}
