import { Global, Module } from '@nestjs/common';

import { NotificationsService } from './notifications.service';

/** Global: any area that tells people of a change injects NotificationsService. */
@Global()
@Module({ providers: [NotificationsService], exports: [NotificationsService] })
export class NotificationsModule {}
