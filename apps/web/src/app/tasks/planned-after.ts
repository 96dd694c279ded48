import { dependencyLagLabel } from '@crm/domain';
import { formatIntlLocale } from '../shared/format/format-locale';

interface Dependency {
  lagDays: number;
  dependsOn: { title: string };
}


/** "Planned after Design the data model (+2 d) and Review the model": what a task waits for, with the lags. */
export function plannedAfterSentence(dependencies: readonly Dependency[]): string | null {
  if (dependencies.length === 0) return null;
  const named = dependencies.map((d) => {
    const lag = dependencyLagLabel(d.lagDays);
    return lag ? `${d.dependsOn.title} (${lag})` : d.dependsOn.title;
  });
  return `Planned after ${new Intl.ListFormat(formatIntlLocale(), { type: 'conjunction' }).format(named)}.`;
}
