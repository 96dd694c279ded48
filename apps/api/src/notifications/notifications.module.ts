import { Global, Module } from '@nestjs/common';

import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** Global: any area that tells people of a change injects NotificationsService. */
@Global()
@Module({ providers: [NotificationsRepository, NotificationsService, NotificationsResolver], exports: [NotificationsService] })
export class NotificationsModule {}
