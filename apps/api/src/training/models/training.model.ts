import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { MessageModel } from '../../common/graphql/message.model';
import { PersonModel } from '../../people/models/person.model';

export enum SessionStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}

export enum AttendanceStatus {
  INVITED = 'INVITED',
  ATTENDED = 'ATTENDED',
  EXCUSED = 'EXCUSED',
  ABSENT = 'ABSENT',
}

export enum CadenceStatus {
  NOT_PLANNED = 'NOT_PLANNED',
  UNDER = 'UNDER',
  GAP = 'GAP',
  ON_TRACK = 'ON_TRACK',
  OVER = 'OVER',
}

registerEnumType(SessionStatus, { name: 'SessionStatus' });
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });
registerEnumType(CadenceStatus, {
  name: 'CadenceStatus',
  description:
    'The 90 days after go-live, catch-up sessions not counted: NOT_PLANNED (no session), UNDER (1–2), GAP (3 or more, with a stretch of more than 30 days without one), ON_TRACK (3–4, no such stretch), OVER (5 or more, no such stretch).',
});

@ObjectType('SessionMaterial')
export class SessionMaterialModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. "Cheat sheet: logging a call".' })
  title: string;

  @Field()
  url: string;
}

@ObjectType('TrainingSession')
export class TrainingSessionModel {
  @Field(() => ID)
  id: string;

  projectId: string;
  waveId: string;
  trainerId: string;

  @Field()
  topic: string;

  @Field()
  startsAt: Date;

  @Field({ description: 'IANA time zone of the session, e.g. Europe/Berlin.' })
  timeZone: string;

  @Field(() => Int)
  durationMinutes: number;

  @Field()
  audience: string;

  @Field({ description: 'A room or a meeting link.' })
  location: string;

  @Field(() => SessionStatus)
  status: SessionStatus;

  @Field({ description: 'True for a catch-up session for people on the re-training list; it does not count toward the wave’s cadence.' })
  retraining: boolean;

  @Field(() => String, { nullable: true, description: 'Why the session was cancelled, when it was cancelled with cancelTrainingSession.' })
  cancelReason: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType('AttendanceEntry')
export class AttendanceEntryModel {
  @Field(() => ID, { description: 'The entry itself, e.g. to remove it with deleteAttendanceEntry.' })
  id: string;

  personId: string;

  @Field(() => PersonModel)
  person: PersonModel;

  @Field(() => AttendanceStatus)
  status: AttendanceStatus;
}

@ObjectType('CadenceGap')
export class CadenceGapModel {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => Int)
  days: number;
}

@ObjectType('TrainingCompliance')
export class TrainingComplianceModel {
  @Field(() => CadenceStatus)
  status: CadenceStatus;

  @Field(() => Int)
  sessionsInWindow: number;

  @Field({ description: 'Go-live day (YYYY-MM-DD).' })
  windowStart: string;

  @Field({ description: 'Day 90 after go-live (YYYY-MM-DD).' })
  windowEnd: string;

  @Field(() => Int, { description: 'Stretches of more than 30 days without a session.' })
  gaps: number;

  @Field(() => [CadenceGapModel])
  gapDetails: CadenceGapModel[];
}

@ObjectType('RetrainingEntry')
export class RetrainingEntryModel {
  @Field(() => PersonModel)
  person: PersonModel;

  @Field(() => Int, { description: 'Past sessions missed without an excuse.' })
  missed: number;

  @Field({ description: 'Their latest usage review found them not using the CRM.' })
  inactive: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Why they are on the list for not using the CRM, as the deciding usage review noted it: the usage import’s finding, or the topic of a how-to question they asked in hypercare. Null when not inactive or noted without words.',
  })
  reason: string | null;

  @Field(() => MessageModel, {
    nullable: true,
    description: 'The same reason as a message (INACTIVE_SINCE_GO_LIVE, NO_ACTIVITY_FOR_DAYS, ASKED_FOR_HELP) when the product noted it, for the client to word; null when a person wrote the note, whose words `reason` gives as written.',
  })
  reasonMessage: MessageModel | null;
}

@ObjectType('SuggestedSession', { description: 'A day for a missing session, with what the wave’s previous session had: its trainer, invitees, zone and length.' })
export class SuggestedSessionModel {
  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field()
  startsAt: Date;

  @Field()
  timeZone: string;

  @Field(() => ID, { nullable: true, description: 'The trainer asked for, else the previous session’s; null when the wave has none.' })
  trainerId: string | null;

  @Field(() => [ID], { description: 'Who the previous session invited; empty when the wave has none (the wave’s key users are then invited).' })
  inviteeIds: string[];

  @Field(() => Int, { description: 'The previous session’s length in minutes, else 60.' })
  durationMinutes: number;
}

@ObjectType('UsageReview')
export class UsageReviewModel {
  @Field(() => ID)
  id: string;

  @Field(() => PersonModel, { nullable: true })
  person: PersonModel | null;

  @Field(() => String, { nullable: true })
  businessUnit: string | null;

  @Field()
  active: boolean;

  @Field()
  note: string;

  @Field()
  reviewedOn: string;
}

export interface SessionRow {
  id: string;
  project_id: string;
  wave_id: string;
  topic: string;
  starts_at: Date;
  time_zone: string;
  duration_minutes: number;
  trainer_id: string;
  audience: string;
  cancel_reason?: string | null;
  location: string;
  status: SessionStatus;
  retraining: boolean;
  version: number;
}

export function toSession(r: SessionRow): TrainingSessionModel {
  return {
    id: r.id,
    projectId: r.project_id,
    waveId: r.wave_id,
    trainerId: r.trainer_id,
    topic: r.topic,
    startsAt: r.starts_at,
    timeZone: r.time_zone,
    durationMinutes: r.duration_minutes,
    audience: r.audience,
    location: r.location,
    status: r.status,
    retraining: r.retraining,
    cancelReason: r.cancel_reason ?? null,
    version: r.version,
  };
}
