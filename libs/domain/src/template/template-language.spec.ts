import { describe, expect, it } from 'vitest';

import { STANDARD_TEMPLATE } from './project-template';
import { localizeTemplate, STANDARD_TEMPLATE_TEXTS, templateInLanguage, templateTexts } from './template-language';

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
