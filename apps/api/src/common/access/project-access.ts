/** What a project member may do; a higher rank includes the lower ones. */
export enum ProjectPermission {
  VIEWER = 'VIEWER',
  EDITOR = 'EDITOR',
  OWNER = 'OWNER',
}

export const PERMISSION_RANK: Record<ProjectPermission, number> = { VIEWER: 1, EDITOR: 2, OWNER: 3 };

/**
 * The caller's standing in the project an operation touches, resolved once per request by the
 * project-access guard before the resolver runs. Services trust `projectId`: it came from the
 * database, not from the client.
 */
export interface ProjectAccess {
  projectId: string;
  userId: string;
  email: string;
  permission: ProjectPermission;
}
