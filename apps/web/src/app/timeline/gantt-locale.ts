import { GanttGlobalConfig, GanttI18nLocaleConfig, GanttLinkLineType, GanttLinkType, GanttStyleOptions, GanttViewType } from '@worktile/gantt';
import { enGB } from 'date-fns/locale';

/**
 * The Gantt's words and header formats in our English. Each zoom's header names what its columns
 * are: days under their month, weeks by their first day under the month, months under their
 * quarter, quarters under their year (the component's own defaults label quarters with months).
 */
export const GANTT_LOCALE: GanttI18nLocaleConfig = {
  id: 'en-crm',
  dateLocale: enGB,
  views: {
    [GanttViewType.hour]: { label: 'Hours', tickFormats: { period: 'd MMM', unit: 'HH:mm' } },
    [GanttViewType.day]: { label: 'Days', tickFormats: { period: 'MMMM yyyy', unit: 'd' } },
    [GanttViewType.week]: { label: 'Weeks', tickFormats: { period: 'MMMM yyyy', unit: "'Wk' w · d MMM" } },
    [GanttViewType.month]: { label: 'Months', tickFormats: { period: "'Q'Q yyyy", unit: 'MMM' } },
    [GanttViewType.quarter]: { label: 'Quarters', tickFormats: { period: 'yyyy', unit: "'Q'Q yyyy" } },
    [GanttViewType.year]: { label: 'Years', tickFormats: { unit: 'yyyy' } },
  },
};

export const GANTT_CONFIG: GanttGlobalConfig = {
  locale: GANTT_LOCALE.id,
  dateOptions: { weekStartsOn: 1 },
  linkOptions: { dependencyTypes: [GanttLinkType.fs], showArrow: true, lineType: GanttLinkLineType.curve },
};

/** Pixels of the calendar header and of each row. */
export const GANTT_HEADER_PX = 48;
export const GANTT_ROW_PX = 36;

export const GANTT_STYLES: GanttStyleOptions = { headerHeight: GANTT_HEADER_PX, rowHeight: GANTT_ROW_PX, barHeight: 20 };
