import { ProjectStatus } from '@crm/graphql-client';

const LABELS: Record<ProjectStatus, string> = {
  ACTIVE: $localize`:@@projects.status.active:Active`,
  ON_HOLD: $localize`:@@projects.status.onHold:On hold`,
  COMPLETED: $localize`:@@projects.status.completed:Completed`,
  CANCELLED: $localize`:@@projects.status.cancelled:Cancelled`,
};

export function projectStatusLabel(status: ProjectStatus): string {
  return LABELS[status];
}
