import { ProjectPermission } from '@crm/graphql-client';

/** How a program permission is said everywhere: settings, invitations, the invite dialog. */
export const PERMISSION_LABELS: Record<ProjectPermission, string> = {
  OWNER: $localize`:@@shared.permission.owner:Owner`,
  EDITOR: $localize`:@@shared.permission.editor:Can edit`,
  VIEWER: $localize`:@@shared.permission.viewer:Can view`,
};

/** The choices in the order people pick them: least access first. */
export const PERMISSION_CHOICES: readonly ProjectPermission[] = ['VIEWER', 'EDITOR', 'OWNER'] as ProjectPermission[];
