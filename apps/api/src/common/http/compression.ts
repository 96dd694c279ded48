import { constants } from 'node:zlib';

import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Brotli or gzip, as the client's Accept-Encoding asks, for every text response over 1 kB: the
 * GraphQL JSON, the web app's files, calendar feeds. Brotli at quality 5 (not its default 11)
 * keeps the CPU cost per response near gzip's; hashed bundles are cached by browsers for a year,
 * so each client pays for them once.
 */
export async function compressResponses(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
  });
}
