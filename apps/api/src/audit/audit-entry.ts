/** One change for the history: what was touched, by whom, and the changed values before and after. */
export interface AuditEntry {
  projectId: string;
  entityType: string;
  entityId: string;
  action: string;
  actorId: string;
  before?: object | null;
  after?: object | null;
}
