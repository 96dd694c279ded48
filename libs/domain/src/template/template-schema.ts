import { COMMUNICATION_CHANNELS, COMMUNICATION_OFFSET_LIMIT } from '../communications/communication-plan';
import { GATE_RULE_KINDS } from '../phases/gate-rules';
import { MAX_DEPENDENCY_LAG_DAYS } from '../planning/dependency-lag';

const text = { type: 'string', minLength: 1, maxLength: 2000 } as const;
const key = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$' } as const;
const phaseKind = { enum: ['NEEDS_ANALYSIS', 'PROCESS_REDESIGN', 'TECHNOLOGY_SELECTION', 'PHASED_ROLLOUT', 'TRAINING', 'CUSTOM'] } as const;

/** A point in the program: exactly one of a fraction from start (0) to go-live (1) or days after go-live. */
const when = {
  type: 'object',
  properties: {
    at: { type: 'number', minimum: 0, maximum: 1 },
    afterGoLiveDays: { type: 'integer', minimum: -365, maximum: 730 },
  },
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
} as const;

const rule = {
  type: 'object',
  required: ['kind'],
  properties: {
    kind: { enum: [...GATE_RULE_KINDS] },
    waveId: { type: ['string', 'null'] },
    kpiKey: { type: ['string', 'null'] },
    threshold: { type: ['number', 'null'] },
  },
  additionalProperties: false,
} as const;

/** An exit criterion: its label alone, or the label with a rule and the role that signs it off. */
const exitCriterion = {
  if: { type: 'string' },
  then: text,
  else: {
    type: 'object',
    required: ['label'],
    properties: { label: text, rule, signOffRole: key },
    additionalProperties: false,
  },
} as const;

/** A prerequisite: the task's key alone, or the key with a lag in working days. */
const dependsOn = {
  if: { type: 'string' },
  then: key,
  else: {
    type: 'object',
    required: ['task', 'lagDays'],
    properties: { task: key, lagDays: { type: 'integer', minimum: -MAX_DEPENDENCY_LAG_DAYS, maximum: MAX_DEPENDENCY_LAG_DAYS } },
    additionalProperties: false,
  },
} as const;

/** A message of the communications plan, dated from each wave's go-live. */
const communication = {
  type: 'object',
  required: ['offsetDays', 'title', 'channel'],
  properties: {
    offsetDays: { type: 'integer', minimum: -COMMUNICATION_OFFSET_LIMIT, maximum: COMMUNICATION_OFFSET_LIMIT },
    title: { type: 'string', minLength: 1, maxLength: 160 },
    body: { type: 'string', maxLength: 4000 },
    channel: { enum: [...COMMUNICATION_CHANNELS] },
    audienceRoles: { type: 'array', maxItems: 50, items: key },
    ownerRole: key,
  },
  additionalProperties: false,
} as const;

/** The JSON Schema (draft-07) of a program template, the format `exportTemplate` writes and `importTemplate` reads. */
export const TEMPLATE_JSON_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'CRM rollout program template',
  type: 'object',
  required: ['roles', 'phases', 'tasks', 'risks', 'kpis'],
  properties: {
    $schema: { type: 'string' },
    name: { type: 'string', minLength: 1, maxLength: 120 },
    crmProduct: { type: 'string', minLength: 1, maxLength: 120 },
    description: { type: 'string', maxLength: 2000 },
    roles: {
      type: 'array',
      maxItems: 100,
      items: { type: 'object', required: ['key', 'name'], properties: { key, name: text, description: { type: 'string', maxLength: 2000 } }, additionalProperties: false },
    },
    phases: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      items: {
        type: 'object',
        required: ['kind', 'name', 'window'],
        properties: {
          kind: phaseKind,
          name: text,
          window: { type: 'object', required: ['from', 'to'], properties: { from: when, to: when }, additionalProperties: false },
          exitCriteria: { type: 'array', maxItems: 50, items: exitCriterion },
          milestones: {
            type: 'array',
            maxItems: 50,
            items: { type: 'object', required: ['key', 'name', 'due'], properties: { key, name: text, due: when }, additionalProperties: false },
          },
        },
        additionalProperties: false,
      },
    },
    tasks: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        required: ['key', 'title', 'phase', 'role', 'due'],
        properties: {
          key,
          title: text,
          description: { type: 'string', maxLength: 4000 },
          phase: phaseKind,
          milestone: key,
          role: key,
          priority: { enum: ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] },
          due: when,
          estimateHours: { type: 'number', minimum: 0, maximum: 10000 },
          dependsOn: { type: 'array', maxItems: 50, items: dependsOn },
        },
        additionalProperties: false,
      },
    },
    risks: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        required: ['title', 'likelihood', 'impact', 'role'],
        properties: {
          title: text,
          description: { type: 'string', maxLength: 4000 },
          likelihood: { type: 'integer', minimum: 1, maximum: 5 },
          impact: { type: 'integer', minimum: 1, maximum: 5 },
          mitigation: { type: 'string', maxLength: 4000 },
          role: key,
        },
        additionalProperties: false,
      },
    },
    kpis: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['key', 'name', 'unit', 'direction', 'baseline', 'target'],
        properties: {
          key,
          name: text,
          unit: { type: 'string', maxLength: 40 },
          direction: { enum: ['UP', 'DOWN'] },
          baseline: { type: ['number', 'null'] },
          target: { type: 'number' },
          description: { type: 'string', maxLength: 2000 },
        },
        additionalProperties: false,
      },
    },
    communications: { type: 'array', maxItems: 50, items: communication },
  },
  additionalProperties: false,
} as const;
