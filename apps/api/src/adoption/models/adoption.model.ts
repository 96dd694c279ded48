import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { USAGE_FORMATS } from '@crm/domain';

import { MessageModel } from '../../common/graphql/message.model';
import { PersonModel } from '../../people/models/person.model';

export enum UsageFormat {
  SALESFORCE = 'SALESFORCE',
  DYNAMICS = 'DYNAMICS',
  HUBSPOT = 'HUBSPOT',
  GENERIC = 'GENERIC',
}
// The enum restates the domain's list for GraphQL; this fails to compile when they drift apart.
const _sameFormats: Record<(typeof USAGE_FORMATS)[number], UsageFormat> = UsageFormat;
void _sameFormats;

registerEnumType(UsageFormat, {
  name: 'UsageFormat',
  description:
    'Where a usage file comes from: SALESFORCE login history, DYNAMICS (Dynamics 365 / Microsoft 365 user activity report), HUBSPOT account login history, or a GENERIC CSV of email, date and an optional count.',
});

@ObjectType('UsageImportRowError')
export class UsageImportRowErrorModel {
  @Field(() => Int, { description: 'The row as a spreadsheet numbers it: the header is row 1.' })
  row: number;

  @Field({ description: 'The problem in English; `problem` is the same for the client to word.' })
  message: string;

  @Field(() => MessageModel, { description: 'The problem as a code and its values, for the client to word.' })
  problem: MessageModel;
}

@ObjectType('UsageImportResult')
export class UsageImportResultModel {
  @Field(() => Int, { description: 'Days of use added (or raised by a larger count); 0 whenever any row has an error, and on a file imported before.' })
  imported: number;

  @Field(() => Int, { description: 'Data rows in the file.' })
  rowCount: number;

  @Field(() => Int, { description: 'Rows of use whose email is a person of the organisation.' })
  matchedCount: number;

  @Field(() => Int, { description: 'Rows of use whose email matched nobody; they are not imported.' })
  unmatchedCount: number;

  @Field(() => [String], { description: 'The first 20 emails that matched nobody, in alphabetical order.' })
  unmatchedEmails: string[];

  @Field(() => Int, { description: 'Rows that record no use: failed logins, users without an activity date, counts of 0.' })
  ignoredCount: number;

  @Field(() => UsageFormat, { nullable: true, description: 'The format the file’s header looks like, whichever was chosen.' })
  detectedFormat: UsageFormat | null;

  @Field(() => Int, { description: 'People put on a wave’s re-training list by this import.' })
  retrainingAdded: number;

  @Field(() => Float, { nullable: true, description: 'The USER_ADOPTION value this import measured (%), null when nothing was measured.' })
  adoptionMeasured: number | null;

  @Field(() => [UsageImportRowErrorModel])
  errors: UsageImportRowErrorModel[];
}

@ObjectType('AdoptionFigures')
export class AdoptionFiguresModel {
  @Field(() => String, { nullable: true, description: 'The business unit (null: people without one).' })
  businessUnit: string | null;

  @Field(() => Int)
  licensedUsers: number;

  @Field(() => Int, { description: 'Active on any of the last 7 days.' })
  active7: number;

  @Field(() => Int, { description: 'Active on any of the last 30 days.' })
  active30: number;

  @Field(() => Float, { nullable: true, description: 'active30 ÷ licensedUsers; null when nobody is licensed.' })
  ratio: number | null;
}

@ObjectType('InactiveUser')
export class InactiveUserModel {
  @Field(() => PersonModel)
  person: PersonModel;

  @Field({ description: 'INACTIVE_SINCE_GO_LIVE or NO_ACTIVITY_FOR_DAYS.' })
  code: string;

  @Field(() => Int, { description: 'Days without use.' })
  days: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null when never active since go-live.' })
  lastActiveOn: string | null;

  @Field({ description: 'The reason in English, as the re-training list records it; `reasonMessage` is the same for the client to word.' })
  reason: string;

  @Field(() => MessageModel, { description: 'The reason as a code (INACTIVE_SINCE_GO_LIVE, NO_ACTIVITY_FOR_DAYS) and its values, for the client to word.' })
  reasonMessage: MessageModel;
}

@ObjectType('UsageImport')
export class UsageImportModel {
  @Field(() => ID)
  id: string;

  @Field(() => UsageFormat)
  format: UsageFormat;

  @Field(() => Int)
  rowCount: number;

  @Field(() => Int)
  matchedCount: number;

  @Field(() => Int)
  unmatchedCount: number;

  @Field(() => Int)
  imported: number;

  @Field(() => Date)
  importedAt: Date;
}

@ObjectType('WaveAdoption', { description: 'Who uses the CRM in a wave, from the imported usage data.' })
export class WaveAdoptionModel {
  @Field(() => ID)
  waveId: string;

  @Field({ description: 'YYYY-MM-DD: the day the figures are for (today).' })
  asOf: string;

  @Field(() => Int, { description: 'Active in the last 30 days (the KPI’s active users).' })
  activeUsers: number;

  @Field(() => Int, { description: 'The wave’s users: people of the business units in its scope, its key users and people added to it by hand.' })
  licensedUsers: number;

  @Field(() => Float, { nullable: true, description: 'activeUsers ÷ licensedUsers; null when nobody is licensed.' })
  ratio: number | null;

  @Field(() => Int)
  active7: number;

  @Field(() => Int)
  active30: number;

  @Field(() => [AdoptionFiguresModel])
  byBusinessUnit: AdoptionFiguresModel[];

  @Field(() => [InactiveUserModel], { description: 'From 14 days after go-live: users without use in the last 14 days, with the reason.' })
  inactive: InactiveUserModel[];

  @Field(() => UsageImportModel, { nullable: true, description: 'The program’s latest usage import.' })
  lastImport: UsageImportModel | null;
}

export interface UsageImportRow {
  id: string;
  format: UsageFormat;
  row_count: number;
  matched_count: number;
  unmatched_count: number;
  imported_count: number;
  imported_at: Date;
}

export function toUsageImport(row: UsageImportRow): UsageImportModel {
  return { id: row.id, format: row.format, rowCount: row.row_count, matchedCount: row.matched_count, unmatchedCount: row.unmatched_count, imported: row.imported_count, importedAt: row.imported_at };
}
