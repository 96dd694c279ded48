import dynamics from './dynamics-extras.json';
import hubspot from './hubspot-extras.json';
import { STANDARD_TEMPLATE, type ProjectTemplate, type TemplateRisk, type TemplateTask } from './project-template';
import salesforce from './salesforce-extras.json';

/** A template that ships with the product. */
export interface BuiltInTemplate {
  id: string;
  name: string;
  /** The CRM it is written for; null for the neutral one. */
  crmProduct: string | null;
  description: string;
  template: ProjectTemplate;
}

/** What a product variant adds to the neutral template. */
export interface TemplateExtras {
  tasks: TemplateTask[];
  risks: TemplateRisk[];
}

export const STANDARD_TEMPLATE_ID = 'builtin:standard';

/** The neutral template with a product's own tasks and risks added. */
export function withExtras(base: ProjectTemplate, extras: TemplateExtras, meta: { name: string; crmProduct: string; description: string }): ProjectTemplate {
  return { ...meta, ...base, tasks: [...base.tasks, ...extras.tasks], risks: [...base.risks, ...extras.risks] };
}

function variant(id: string, name: string, crmProduct: string, description: string, extras: TemplateExtras): BuiltInTemplate {
  return { id, name, crmProduct, description, template: withExtras(STANDARD_TEMPLATE, extras, { name, crmProduct, description }) };
}

/** The built-in templates: the neutral one first, then one per CRM. */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  {
    id: STANDARD_TEMPLATE_ID,
    name: 'Standard CRM rollout',
    crmProduct: null,
    description: 'Five phases from needs analysis to adoption, with the roles, risks and KPIs of any CRM rollout.',
    template: STANDARD_TEMPLATE,
  },
  variant(
    'builtin:salesforce',
    'Salesforce rollout',
    'Salesforce',
    'The standard rollout plus sandboxes and the release path, profiles and permission sets, Data Loader rehearsals and licences.',
    salesforce as TemplateExtras,
  ),
  variant(
    'builtin:dynamics365',
    'Dynamics 365 rollout',
    'Dynamics 365',
    'The standard rollout plus Power Platform environments, security roles and business units, migration with dataflows and licences.',
    dynamics as TemplateExtras,
  ),
  variant(
    'builtin:hubspot',
    'HubSpot rollout',
    'HubSpot',
    'The standard rollout plus the portal and a sandbox, teams and permission sets, imports with object associations and seats.',
    hubspot as TemplateExtras,
  ),
];

/** The built-in template with this id, or undefined. */
export function builtInTemplate(id: string): BuiltInTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id);
}
