import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';

import { AuthModule } from '../auth/auth.module';
import { LiveEventsService } from './live-events.service';
import { LiveRepository } from './live.repository';
import { LiveResolver } from './live.resolver';
import { ProjectChangeInterceptor } from './project-change.interceptor';
import { LiveSocketServer } from './subscription-server';

/** Global: notifications and the mutation interceptor publish through LiveEventsService. */
@Global()
@Module({
  imports: [AuthModule],
  providers: [
    LiveEventsService,
    LiveRepository,
    LiveResolver,
    LiveSocketServer,
    // One interceptor for every area: each project-scoped mutation announces itself (see the class).
    { provide: APP_INTERCEPTOR, useClass: ProjectChangeInterceptor },
  ],
  exports: [LiveEventsService],
})
export class LiveModule {}
