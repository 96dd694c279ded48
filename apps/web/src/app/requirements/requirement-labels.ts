import type { Department, MoscowPriority, RequirementStatus } from '@crm/graphql-client';

/** The places a need comes from, in the order the needs analysis usually visits them. */
export const DEPARTMENTS: readonly Department[] = ['SALES', 'MARKETING', 'FINANCE', 'SERVICE', 'IT', 'MANAGEMENT', 'CUSTOMER'];

export const DEPARTMENT_LABELS: Readonly<Record<Department, string>> = {
  SALES: $localize`:@@requirements.department.sales:Sales`,
  MARKETING: $localize`:@@requirements.department.marketing:Marketing`,
  FINANCE: $localize`:@@requirements.department.finance:Finance`,
  SERVICE: $localize`:@@requirements.department.service:Service`,
  IT: $localize`:@@requirements.department.it:IT`,
  MANAGEMENT: $localize`:@@requirements.department.management:Senior management`,
  CUSTOMER: $localize`:@@requirements.department.customer:Customers`,
};

/** MoSCoW, most important first. */
export const PRIORITIES: readonly MoscowPriority[] = ['MUST', 'SHOULD', 'COULD', 'WONT'];

export const PRIORITY_LABELS: Readonly<Record<MoscowPriority, string>> = {
  MUST: $localize`:@@requirements.priority.must:Must have`,
  SHOULD: $localize`:@@requirements.priority.should:Should have`,
  COULD: $localize`:@@requirements.priority.could:Could have`,
  WONT: $localize`:@@requirements.priority.wont:Won’t have this time`,
};

/** The life of a requirement: captured, agreed with the business, then covered by the solution (or rejected). */
export const REQUIREMENT_STATUSES: readonly RequirementStatus[] = ['CAPTURED', 'AGREED', 'COVERED', 'REJECTED'];

export const REQUIREMENT_STATUS_LABELS: Readonly<Record<RequirementStatus, string>> = {
  CAPTURED: $localize`:@@requirements.status.captured:Captured`,
  AGREED: $localize`:@@requirements.status.agreed:Agreed`,
  COVERED: $localize`:@@requirements.status.covered:Covered`,
  REJECTED: $localize`:@@requirements.status.rejected:Rejected`,
};
