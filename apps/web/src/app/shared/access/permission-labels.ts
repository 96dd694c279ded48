import { ProjectPermission } from '@crm/graphql-client';

/** How a program permission is said everywhere: settings, invitations, the invite dialog. */
export const PERMISSION_LABELS: Record<ProjectPermission, string> = { OWNER: 'Owner', EDITOR: 'Can edit', VIEWER: 'Can view' };

/** The choices in the order people pick them: least access first. */
export const PERMISSION_CHOICES: readonly ProjectPermission[] = ['VIEWER', 'EDITOR', 'OWNER'] as ProjectPermission[];
