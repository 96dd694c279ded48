import { Global, Module } from '@nestjs/common';

import { LiveEventsService } from './live-events.service';

/** Global: notifications and the mutation interceptor publish through LiveEventsService. */
@Global()
@Module({ providers: [LiveEventsService], exports: [LiveEventsService] })
export class LiveModule {}
