import type { Department, MoscowPriority, RequirementStatus } from '@crm/graphql-client';

/** The places a need comes from, in the order the needs analysis usually visits them. */
export const DEPARTMENTS: readonly Department[] = ['SALES', 'MARKETING', 'FINANCE', 'SERVICE', 'IT', 'MANAGEMENT', 'CUSTOMER'];

export const DEPARTMENT_LABELS: Readonly<Record<Department, string>> = {
  SALES: 'Sales',
  MARKETING: 'Marketing',
  FINANCE: 'Finance',
  SERVICE: 'Service',
  IT: 'IT',
  MANAGEMENT: 'Senior management',
  CUSTOMER: 'Customers',
};

/** MoSCoW, most important first. */
export const PRIORITIES: readonly MoscowPriority[] = ['MUST', 'SHOULD', 'COULD', 'WONT'];

export const PRIORITY_LABELS: Readonly<Record<MoscowPriority, string>> = {
  MUST: 'Must have',
  SHOULD: 'Should have',
  COULD: 'Could have',
  WONT: 'Won’t have this time',
};

/** The life of a requirement: captured, agreed with the business, then covered by the solution (or rejected). */
export const REQUIREMENT_STATUSES: readonly RequirementStatus[] = ['CAPTURED', 'AGREED', 'COVERED', 'REJECTED'];

export const REQUIREMENT_STATUS_LABELS: Readonly<Record<RequirementStatus, string>> = {
  CAPTURED: 'Captured',
  AGREED: 'Agreed',
  COVERED: 'Covered',
  REJECTED: 'Rejected',
};
