import { Controller, Get, Header, NotFoundException, Param, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createEvents, EventAttributes } from 'ics';
import { DataSource } from 'typeorm';

import { ProjectAccessService } from '../projects/project-access.service';
import { TrainingService } from './training.service';

const NOT_FOUND = 'No calendar here: the link is wrong or no longer valid.';

/**
 * A wave's training sessions as an iCalendar feed, so trainers and key users can subscribe from
 * Outlook, Google Calendar or Apple Calendar. Calendar apps cannot sign in, so the URL carries the
 * user's revocable feed token; a wrong token, or a wave the user may not see, is simply not found.
 */
@Controller('calendar')
export class CalendarController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly training: TrainingService,
    private readonly access: ProjectAccessService,
  ) {}

  @Get('waves/:file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  async waveFeed(@Param('file') file: string, @Query('token') token: string | undefined): Promise<string> {
    const waveId = file.replace(/\.ics$/, '');
    if (!token || !file.endsWith('.ics')) throw new NotFoundException(NOT_FOUND);
    const [user]: { id: string }[] = await this.db.query('SELECT id FROM users WHERE feed_token = $1', [token]);
    if (!user) throw new NotFoundException(NOT_FOUND);
    const wave = await this.training.waveFor(this.db.manager, waveId).catch(() => null);
    if (!wave || !(await this.access.permissionOf(wave.project_id, user.id))) throw new NotFoundException(NOT_FOUND);
    const sessions: { id: string; topic: string; starts_at: Date; duration_minutes: number; location: string; audience: string; status: string; version: number; trainer: string }[] =
      await this.db.query(
        `SELECT s.*, p.name AS trainer FROM training_sessions s JOIN people p ON p.id = s.trainer_id WHERE s.wave_id = $1 ORDER BY s.starts_at`,
        [waveId],
      );
    const events: EventAttributes[] = sessions.map((s) => ({
      uid: `${s.id}@crm-rollout-tracker`,
      sequence: s.version,
      start: s.starts_at.getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: s.duration_minutes },
      title: `${wave.name}: ${s.topic}`,
      description: [`Trainer: ${s.trainer}`, s.audience ? `For: ${s.audience}` : ''].filter(Boolean).join('\n'),
      location: s.location || undefined,
      status: s.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
    }));
    const { error, value } = createEvents(events, { calName: `${wave.name} training`, productId: 'crm-rollout-tracker' });
    if (error || !value) throw error ?? new Error('Calendar could not be written');
    return value;
  }
}
