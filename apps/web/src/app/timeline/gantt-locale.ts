import { GanttGlobalConfig, GanttI18nLocaleConfig, GanttLinkLineType, GanttLinkType, GanttStyleOptions, GanttViewType } from '@worktile/gantt';
import { enGB, it, type Locale, nl } from 'date-fns/locale';

import { DEFAULT_LANGUAGE, type Language, languageOfTag } from '@crm/domain';

/** The one locale the page registers with the Gantt: the build's language, whichever it is. */
const GANTT_LOCALE_ID = 'crm';

/** Month and weekday names, and the week's first day, as date-fns writes them in each language. */
const DATE_LOCALES: Readonly<Record<Language, Locale>> = { en: enGB, nl, it };

/**
 * The Gantt's words and header formats in the page's language (LOCALE_ID). Each zoom's header names
 * what its columns are: days under their month, weeks by their first day under the month, months
 * under their quarter, quarters under their year (the component's own defaults label quarters with
 * months). The formats are date-fns patterns: a translation keeps the letters and quotes its words.
 */
export function ganttLocale(localeId: string): GanttI18nLocaleConfig {
  const quarter = $localize`:date-fns pattern; text in single quotes is shown as written, Q is the quarter's number@@timeline.gantt.quarter:'Q'Q yyyy`;
  return {
    id: GANTT_LOCALE_ID,
    dateLocale: DATE_LOCALES[languageOfTag(localeId) ?? DEFAULT_LANGUAGE],
    views: {
      [GanttViewType.hour]: { label: $localize`:@@timeline.gantt.hours:Hours`, tickFormats: { period: 'd MMM', unit: 'HH:mm' } },
      [GanttViewType.day]: { label: $localize`:@@timeline.gantt.days:Days`, tickFormats: { period: 'MMMM yyyy', unit: 'd' } },
      [GanttViewType.week]: {
        label: $localize`:@@timeline.gantt.weeks:Weeks`,
        tickFormats: { period: 'MMMM yyyy', unit: $localize`:date-fns pattern; text in single quotes is shown as written, w is the week's number@@timeline.gantt.week:'Wk' w · d MMM` },
      },
      [GanttViewType.month]: { label: $localize`:@@timeline.gantt.months:Months`, tickFormats: { period: quarter, unit: 'MMM' } },
      [GanttViewType.quarter]: { label: $localize`:@@timeline.gantt.quarters:Quarters`, tickFormats: { period: 'yyyy', unit: quarter } },
      [GanttViewType.year]: { label: $localize`:@@timeline.gantt.years:Years`, tickFormats: { unit: 'yyyy' } },
    },
  };
}

export const GANTT_CONFIG: GanttGlobalConfig = {
  locale: GANTT_LOCALE_ID,
  dateOptions: { weekStartsOn: 1 },
  linkOptions: { dependencyTypes: [GanttLinkType.fs], showArrow: true, lineType: GanttLinkLineType.curve },
};

/** Pixels of the calendar header and of each row. */
export const GANTT_HEADER_PX = 48;
export const GANTT_ROW_PX = 36;

export const GANTT_STYLES: GanttStyleOptions = { headerHeight: GANTT_HEADER_PX, rowHeight: GANTT_ROW_PX, barHeight: 20 };
