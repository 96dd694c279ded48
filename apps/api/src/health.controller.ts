import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { ping } from './common/database/ping';

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** For load balancers and start scripts: answers once the database answers. */
  @Get()
  async health(): Promise<{ status: string }> {
    await ping(this.db);
    return { status: 'ok' };
  }
}
