import { ProjectStatus } from '@crm/graphql-client';

const LABELS: Record<ProjectStatus, string> = {
  ACTIVE: 'Active',
  ON_HOLD: 'On hold',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};

export function projectStatusLabel(status: ProjectStatus): string {
  return LABELS[status];
}
