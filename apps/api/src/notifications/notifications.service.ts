import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { NotificationEvent } from './notification-event';

/**
 * Tells people what happened: the inbox row, the mail by each person's preferences, the live
 * event. Areas call `notify` inside the transaction of the change it reports.
 *
 * CONTRACT STUB for the notifications work in progress: it accepts events and stores nothing yet.
 */
@Injectable()
export class NotificationsService {
  async notify(_tx: EntityManager, _events: readonly NotificationEvent[]): Promise<void> {
    // filled in by the notifications change
  }
}
