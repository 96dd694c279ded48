import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Language } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { Access, CanEdit, CanView } from '../common/access/project-scoped.decorator';
import { AuthUser, CurrentUser } from '../common/auth/current-user';
import { badUserInput } from '../common/errors/app-error';
import { GraphQLContext } from '../common/graphql/graphql-options';
import { ReaderFormats, ReaderLanguage } from '../common/i18n/reader-language';
import { isUuid } from '../common/ids/is-uuid';
import { isTimeZone } from '../common/validation/is-time-zone';
import { PersonModel } from '../people/models/person.model';
import { personById } from '../people/people.loaders';
import {
  RecordAttendanceInput,
  RecordUsageReviewInput,
  ScheduleRetrainingInput,
  ScheduleTrainingSessionInput,
  UpdateTrainingSessionInput, CancelTrainingSessionInput,
} from './dto/training.inputs';
import {
  AttendanceEntryModel,
  RetrainingEntryModel,
  SessionMaterialModel,
  SuggestedSessionModel,
  TrainingComplianceModel,
  TrainingSessionModel,
  UsageReviewModel,
} from './models/training.model';
import { attendanceBySessionId, materialsBySessionId } from './training.loaders';
import { TrainingService } from './training.service';

@Resolver(() => TrainingSessionModel)
export class TrainingResolver {
  constructor(private readonly training: TrainingService) {}

  @Query(() => [TrainingSessionModel], { description: 'A wave’s sessions in time order.' })
  @CanView('waveId', 'RolloutWave')
  trainingSessions(@Args('waveId', { type: () => ID }) waveId: string): Promise<TrainingSessionModel[]> {
    return this.training.sessions(waveId);
  }

  @Query(() => [TrainingSessionModel], { description: 'Sessions of every wave of a project, for a calendar; at most 1000.' })
  @CanView('projectId')
  projectTrainingSessions(
    @Args('projectId', { type: () => ID }) _projectId: string,
    @Args('from', { type: () => Date, nullable: true }) from: Date | undefined,
    @Args('to', { type: () => Date, nullable: true }) to: Date | undefined,
    @Access() access: ProjectAccess,
  ): Promise<TrainingSessionModel[]> {
    return this.training.projectSessions(access, from ?? undefined, to ?? undefined);
  }

  @Query(() => TrainingComplianceModel, { description: 'Is the wave trained 3–4 times in the 90 days after go-live, without long gaps?' })
  @CanView('waveId', 'RolloutWave')
  trainingCompliance(@Args('waveId', { type: () => ID }) waveId: string): Promise<TrainingComplianceModel> {
    return this.training.compliance(waveId);
  }

  @Query(() => [RetrainingEntryModel], { description: 'People of the wave who missed sessions or are not using the CRM.' })
  @CanView('waveId', 'RolloutWave')
  retrainingList(@Args('waveId', { type: () => ID }) waveId: string): Promise<RetrainingEntryModel[]> {
    return this.training.retraining(waveId);
  }

  @Query(() => [SuggestedSessionModel], {
    description:
      'Working days for the sessions the wave is missing, spread over its 90 days, avoiding the trainer’s other sessions and the public holidays of the countries in the wave’s scope. Each keeps the invitees, time, zone and length of the wave’s previous session; the trainer is the one asked for, else the wave’s own Trainer, else the previous session’s, else the program’s Trainer.',
  })
  @CanView('waveId', 'RolloutWave')
  suggestTrainingSchedule(
    @Args('waveId', { type: () => ID }) waveId: string,
    @Args('trainerId', { type: () => ID, nullable: true }) trainerId?: string,
    @Args('time', { type: () => String, nullable: true, description: 'Local start time, HH:MM; by default the previous session’s, else 10:00.' }) time?: string | null,
    @Args('timeZone', { type: () => String, nullable: true, description: 'By default the previous session’s zone, else UTC.' }) timeZone?: string | null,
    @Args('target', { type: () => Int, defaultValue: 3, description: 'Sessions wanted in the window, 3 or 4.' }) target = 3,
  ): Promise<SuggestedSessionModel[]> {
    if (trainerId != null && !isUuid(trainerId)) throw badUserInput([{ field: 'trainerId', message: 'trainerId must be a person id.', code: 'NOT_AN_ID' }]);
    if (time != null && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) throw badUserInput([{ field: 'time', message: 'time must be HH:MM, e.g. 09:30.', code: 'NOT_A_TIME' }]);
    if (timeZone != null && !isTimeZone(timeZone)) throw badUserInput([{ field: 'timeZone', message: 'timeZone must be a time zone such as Europe/Berlin.', code: 'NOT_A_TIME_ZONE' }]);
    if (target < 1 || target > 6) throw badUserInput([{ field: 'target', message: 'target must be between 1 and 6.', code: 'OUT_OF_RANGE', params: { min: 1, max: 6 } }]);
    return this.training.suggest(waveId, trainerId ?? undefined, time ?? undefined, timeZone ?? undefined, target);
  }

  @Query(() => String, { description: 'Attendance of every session of the wave as CSV.' })
  @CanView('waveId', 'RolloutWave')
  exportAttendanceCsv(@Args('waveId', { type: () => ID }) waveId: string, @ReaderFormats() formats: ReaderFormats): Promise<string> {
    return this.training.attendanceCsv(waveId, formats);
  }

  @Query(() => String, { description: 'Your private token for calendar feed URLs: /calendar/waves/<waveId>.ics?token=<token>.' })
  calendarFeedToken(@CurrentUser() user: AuthUser): Promise<string> {
    return this.training.feedToken(user.id);
  }

  @Mutation(() => String, { description: 'Replaces your calendar feed token; old feed URLs stop working.' })
  resetCalendarFeedToken(@CurrentUser() user: AuthUser): Promise<string> {
    return this.training.feedToken(user.id, true);
  }

  @Mutation(() => TrainingSessionModel)
  @CanEdit('input.waveId', 'RolloutWave')
  scheduleTrainingSession(@Args('input') input: ScheduleTrainingSessionInput, @Access() access: ProjectAccess): Promise<TrainingSessionModel> {
    return this.training.schedule(input, access);
  }

  @Mutation(() => TrainingSessionModel, { description: 'Cancels a scheduled session with the reason; once people were invited a session is cancelled rather than removed, and stays in its wave’s history.' })
  @CanEdit('input.id', 'TrainingSession')
  cancelTrainingSession(@Args('input') input: CancelTrainingSessionInput, @Access() access: ProjectAccess): Promise<TrainingSessionModel> {
    return this.training.cancel(input, access);
  }

  @Mutation(() => TrainingSessionModel, { description: 'Re-plan or cancel a session.' })
  @CanEdit('input.id', 'TrainingSession')
  updateTrainingSession(@Args('input') input: UpdateTrainingSessionInput, @Access() access: ProjectAccess): Promise<TrainingSessionModel> {
    return this.training.update(input, access);
  }

  @Mutation(() => TrainingSessionModel, { description: 'Records the roster in one go; all entries or none.' })
  @CanEdit('input.sessionId', 'TrainingSession')
  recordAttendance(@Args('input') input: RecordAttendanceInput, @Access() access: ProjectAccess): Promise<TrainingSessionModel> {
    return this.training.recordAttendance(input, access);
  }

  @Mutation(() => UsageReviewModel, { description: 'After training: is a person or a business unit using the CRM?' })
  @CanEdit('input.waveId', 'RolloutWave')
  recordUsageReview(@Args('input') input: RecordUsageReviewInput, @Access() access: ProjectAccess): Promise<UsageReviewModel> {
    return this.training.recordUsageReview(input, access);
  }

  @Mutation(() => TrainingSessionModel, { description: 'Schedules a catch-up session and invites everyone on the wave’s re-training list.' })
  @CanEdit('input.waveId', 'RolloutWave')
  scheduleRetraining(@Args('input') input: ScheduleRetrainingInput, @Access() access: ProjectAccess, @ReaderLanguage() language: Language): Promise<TrainingSessionModel> {
    return this.training.scheduleRetraining(input, access, language);
  }

  @ResolveField(() => PersonModel)
  async trainer(@Parent() session: TrainingSessionModel, @Context() ctx: GraphQLContext): Promise<PersonModel> {
    return (await personById(ctx.loaders).load(session.trainerId))!;
  }

  @ResolveField(() => [SessionMaterialModel], { description: 'Cheat sheets, slides, recordings.' })
  materials(@Parent() session: TrainingSessionModel, @Context() ctx: GraphQLContext): Promise<SessionMaterialModel[]> {
    return materialsBySessionId(ctx.loaders).load(session.id);
  }

  @ResolveField(() => [AttendanceEntryModel])
  async attendance(@Parent() session: TrainingSessionModel, @Context() ctx: GraphQLContext): Promise<AttendanceEntryModel[]> {
    const entries = await attendanceBySessionId(ctx.loaders).load(session.id);
    const people = await personById(ctx.loaders).loadMany(entries.map((e) => e.personId));
    return entries.map((e, i) => ({ ...e, person: people[i] as PersonModel }));
  }
}
