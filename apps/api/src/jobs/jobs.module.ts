import { Global, Module } from '@nestjs/common';

import { JobRunner } from './job-runner';
import { JobsRepository } from './jobs.repository';
import { JobsService } from './jobs.service';

/** Global: any area that schedules work for later, or registers a kind of job, injects JobsService. */
@Global()
@Module({ providers: [JobsRepository, JobsService, JobRunner], exports: [JobsService, JobRunner] })
export class JobsModule {}
