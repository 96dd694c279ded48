import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';

import { ping } from './common/database/ping';

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * For load balancers and start scripts: 200 once the database answers, 503 with
   * `database: 'down'` while it does not (the app keeps running and recovers by itself).
   */
  @Get()
  async health(@Res({ passthrough: true }) response: FastifyReply): Promise<{ status: string; database?: string }> {
    try {
      await ping(this.db);
      return { status: 'ok' };
    } catch {
      void response.status(503).header('Retry-After', '5');
      return { status: 'unavailable', database: 'down' };
    }
  }
}
