import { describe, expect, it } from 'vitest';

import { BUILT_IN_TEMPLATES, builtInTemplate } from './built-in-templates';
import { STANDARD_TEMPLATE } from './project-template';
import { builtInText, CRM_VARIANT_TEXTS, localizeTemplate, STANDARD_TEMPLATE_TEXTS, templateInLanguage, templateTexts } from './template-language';

describe('the standard template in Dutch and Italian', () => {
  for (const [language, texts] of Object.entries(STANDARD_TEMPLATE_TEXTS)) {
    it(`has every text of the standard template in ${language}, and nothing it no longer has`, () => {
      const english = new Set(templateTexts(STANDARD_TEMPLATE));
      expect([...english].filter((text) => !(text in texts))).toEqual([]);
      expect(Object.keys(texts).filter((text) => !english.has(text))).toEqual([]);
    });
  }

  it('words the phases, tasks and criteria in the reader’s language and keeps keys, rules and dates', () => {
    const dutch = templateInLanguage(STANDARD_TEMPLATE, 'nl');
    expect(dutch.phases.map((phase) => phase.name)).toEqual(['Behoefteanalyse', 'Procesherontwerp', 'Technologiekeuze', 'Gefaseerde uitrol', 'Training en adoptie']);
    expect(dutch.phases.map((phase) => phase.kind)).toEqual(STANDARD_TEMPLATE.phases.map((phase) => phase.kind));
    expect(dutch.phases[0].exitCriteria.map((c) => c.rule)).toEqual(STANDARD_TEMPLATE.phases[0].exitCriteria.map((c) => c.rule));
    expect(dutch.tasks.map((task) => [task.key, task.due, task.role])).toEqual(STANDARD_TEMPLATE.tasks.map((task) => [task.key, task.due, task.role]));
    expect(templateInLanguage(STANDARD_TEMPLATE, 'it').roles.find((role) => role.key === STANDARD_TEMPLATE.roles[0].key)?.name).toBe('Sponsor esecutivo');
    expect(templateInLanguage(STANDARD_TEMPLATE, 'en')).toBe(STANDARD_TEMPLATE);
  });

  it('leaves a text it has no translation for in English', () => {
    const extra = { ...STANDARD_TEMPLATE, tasks: [{ ...STANDARD_TEMPLATE.tasks[0], title: 'Refresh the full sandbox' }] };
    expect(localizeTemplate(extra, STANDARD_TEMPLATE_TEXTS.nl).tasks[0].title).toBe('Refresh the full sandbox');
  });
});

describe('the CRM variants in Dutch and Italian', () => {
  const standard = new Set(templateTexts(STANDARD_TEMPLATE));
  const variantTexts = new Set(
    BUILT_IN_TEMPLATES.flatMap((t) => [t.name, t.description, ...templateTexts(t.template).filter((text) => !standard.has(text))]),
  );

  for (const [language, texts] of Object.entries(CRM_VARIANT_TEXTS)) {
    it(`has every product-specific task and risk and every template name in ${language}, and nothing the variants no longer have`, () => {
      expect([...variantTexts].filter((text) => !(text in texts))).toEqual([]);
      expect(Object.keys(texts).filter((text) => !variantTexts.has(text))).toEqual([]);
    });
  }

  it('words a Salesforce program wholly in Dutch: the standard work and the sandboxes alike', () => {
    const salesforce = builtInTemplate('builtin:salesforce')!.template;
    const dutch = templateInLanguage(salesforce, 'nl');
    expect(dutch.tasks.find((task) => task.key === 'sf-sandbox-strategy')?.title).toBe('Sandboxes en de releaseroute inrichten');
    expect(dutch.phases[0].name).toBe('Behoefteanalyse');
    expect(dutch.name).toBe('Salesforce-uitrol');
    expect(templateInLanguage(builtInTemplate('builtin:hubspot')!.template, 'it').risks.map((risk) => risk.title)).toContain('Il costo delle postazioni supera il budget');
  });

  it('names the templates in the reader’s language for the list to choose from', () => {
    expect(builtInText('Dynamics 365 rollout', 'it')).toBe('Rilascio di Dynamics 365');
    expect(builtInText('Dynamics 365 rollout', 'en')).toBe('Dynamics 365 rollout');
    expect(builtInText('A template of our own', 'nl')).toBe('A template of our own');
  });
});
