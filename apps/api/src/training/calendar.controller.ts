import { Controller, Get, Header, Headers, NotFoundException, Param, Query } from '@nestjs/common';

import { ProjectAccessRepository } from '../common/access/project-access.repository';
import { readerLanguage } from '../common/i18n/reader-language';
import { RolloutRepository } from '../rollout/rollout.repository';
import { feedTokenHash } from './calendar-feed-token';
import { calendarOf, sessionEvent, waveCalendarName } from './session-calendar';
import { TrainingRepository } from './training.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const NOT_FOUND = 'No calendar here: the link is wrong or no longer valid.';

/**
 * A wave's training sessions as an iCalendar feed, so trainers and key users can subscribe from
 * Outlook, Google Calendar or Apple Calendar. Calendar apps cannot sign in, so the URL carries the
 * user's revocable feed token; a wrong token, or a wave the user may not see, is simply not found.
 */
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly training: TrainingRepository,
    private readonly waves: RolloutRepository,
    private readonly memberships: ProjectAccessRepository,
  ) {}

  @Get('waves/:file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  async waveFeed(@Param('file') file: string, @Query('token') token: unknown, @Headers() headers: Record<string, string | string[] | undefined>): Promise<string> {
    const waveId = file.replace(/\.ics$/, '');
    // Anything but a wave id and a token (a NUL byte, an array from `?token=a&token=b`) is not found, never a crash.
    if (typeof token !== 'string' || !token || !file.endsWith('.ics') || !UUID.test(waveId)) throw new NotFoundException(NOT_FOUND);
    // Only the token's hash is stored; an expired or replaced token matches nothing.
    const reader = await this.training.userWithFeedTokenHash(feedTokenHash(token));
    if (!reader) throw new NotFoundException(NOT_FOUND);
    const userId = reader.id;
    const wave = await this.waves.findOrNone(waveId);
    if (!wave || !(await this.memberships.permissionOf(wave.project_id, userId))) throw new NotFoundException(NOT_FOUND);
    const sessions = await this.training.withTrainerNames(wave.id);
    // Calendar apps sign in as nobody: the token's owner is the reader, worded in their profile language.
    const language = readerLanguage(reader, headers);
    return calendarOf(
      sessions.map((s) => sessionEvent(s, wave.name, language)),
      waveCalendarName(wave.name, language),
    );
  }
}
