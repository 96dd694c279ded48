import { formatIntlLocale } from '../shared/format/format-locale';
import { lagLabel } from './lag-words';

interface Dependency {
  lagDays: number;
  dependsOn: { title: string };
}

/** "Planned after Design the data model (+2 d) and Review the model": what a task waits for, with the lags. */
export function plannedAfterSentence(dependencies: readonly Dependency[]): string | null {
  if (dependencies.length === 0) return null;
  const named = dependencies.map((d) => {
    const lag = lagLabel(d.lagDays);
    return lag ? `${d.dependsOn.title} (${lag})` : d.dependsOn.title;
  });
  const tasks = new Intl.ListFormat(formatIntlLocale(), { type: 'conjunction' }).format(named);
  return $localize`:@@tasks.detail.plannedAfter:Planned after ${tasks}:tasks:.`;
}
