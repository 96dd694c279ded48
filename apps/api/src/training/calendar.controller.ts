import { Controller, Get, Header, NotFoundException, Param, Query } from '@nestjs/common';

import { ProjectAccessRepository } from '../common/access/project-access.repository';
import { RolloutRepository } from '../rollout/rollout.repository';
import { feedTokenHash } from './calendar-feed-token';
import { calendarOf, sessionEvent } from './session-calendar';
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
  async waveFeed(@Param('file') file: string, @Query('token') token: unknown): Promise<string> {
    const waveId = file.replace(/\.ics$/, '');
    // Anything but a wave id and a token (a NUL byte, an array from `?token=a&token=b`) is not found, never a crash.
    if (typeof token !== 'string' || !token || !file.endsWith('.ics') || !UUID.test(waveId)) throw new NotFoundException(NOT_FOUND);
    // Only the token's hash is stored; an expired or replaced token matches nothing.
    const userId = await this.training.userWithFeedTokenHash(feedTokenHash(token));
    if (!userId) throw new NotFoundException(NOT_FOUND);
    const wave = await this.waves.findOrNone(waveId);
    if (!wave || !(await this.memberships.permissionOf(wave.project_id, userId))) throw new NotFoundException(NOT_FOUND);
    const sessions = await this.training.withTrainerNames(wave.id);
    return calendarOf(sessions.map((s) => sessionEvent(s, wave.name)), `${wave.name} training`);
  }
}
