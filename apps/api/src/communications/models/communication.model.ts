import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { COMMUNICATION_CHANNELS, COMMUNICATION_STATUSES, CommunicationChannel, CommunicationStatus } from '@crm/domain';

export const CommunicationChannelEnum = Object.fromEntries(COMMUNICATION_CHANNELS.map((c) => [c, c])) as { [K in CommunicationChannel]: K };
export const CommunicationStatusEnum = Object.fromEntries(COMMUNICATION_STATUSES.map((s) => [s, s])) as { [K in CommunicationStatus]: K };

registerEnumType(CommunicationChannelEnum, { name: 'CommunicationChannel', description: 'How a message reaches its audience.' });
registerEnumType(CommunicationStatusEnum, { name: 'CommunicationStatus', description: 'PLANNED until it goes out (SENT) or is not needed after all (SKIPPED).' });

export interface CommunicationRow {
  id: string;
  project_id: string;
  wave_id: string;
  title: string;
  body: string;
  offset_days: number;
  planned_on: string;
  channel: CommunicationChannel;
  audience_units: string[];
  audience_role_ids: string[];
  owner_role_id: string | null;
  status: CommunicationStatus;
  sent_on: string | null;
  version: number;
  created_at: Date;
}

@ObjectType('Communication', { description: 'One message of a wave’s communications plan, at an offset from its go-live.' })
export class CommunicationModel {
  @Field(() => ID)
  id: string;

  projectId: string;

  @Field(() => ID)
  waveId: string;

  @Field()
  title: string;

  @Field({ description: 'What the message says or is for; may be empty.' })
  body: string;

  @Field(() => Int, { description: 'Days from the wave’s go-live: negative before it, 0 on the day.' })
  offsetDays: number;

  @Field({ description: 'YYYY-MM-DD: the go-live plus the offset, a weekend before go-live brought forward to the Friday, one after it moved to the Monday.' })
  plannedOn: string;

  @Field(() => CommunicationChannelEnum)
  channel: CommunicationChannel;

  @Field(() => [String], { description: 'Business units of the program’s waves the message is for.' })
  audienceUnits: string[];

  audienceRoleIds: string[];
  ownerRoleId: string | null;

  @Field(() => CommunicationStatusEnum)
  status: CommunicationStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD the message went out; set exactly when SENT.' })
  sentOn: string | null;

  @Field({ description: 'Still PLANNED after its planned day.' })
  overdue: boolean;

  @Field(() => Int)
  version: number;
}

export function toCommunication(row: CommunicationRow, today: string): CommunicationModel {
  return {
    id: row.id,
    projectId: row.project_id,
    waveId: row.wave_id,
    title: row.title,
    body: row.body,
    offsetDays: row.offset_days,
    plannedOn: row.planned_on,
    channel: row.channel,
    audienceUnits: row.audience_units,
    audienceRoleIds: row.audience_role_ids,
    ownerRoleId: row.owner_role_id,
    status: row.status,
    sentOn: row.sent_on,
    overdue: row.status === 'PLANNED' && row.planned_on < today,
    version: row.version,
  };
}
