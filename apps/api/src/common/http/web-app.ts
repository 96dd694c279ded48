import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * The Angular build names every bundle `<name>-<HASH>.<ext>` (outputHashing: all): a changed file
 * gets a new name, so browsers may keep these for a year without asking again.
 */
const HASHED_FILE = /-[A-Z0-9]{8}\.[a-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and other unhashed files: revalidated on every load (ETag), so a deploy shows at once. */
const REVALIDATE = 'no-cache';

/** Paths the server answers itself; the SPA fallback must never turn their 404s into the app page. */
const SERVER_PATHS = /^\/(graphql|api|calendar|health)(\/|$|\?)/;
/** A path naming a file (`/chunk-OLD.js`) that is not there is a 404, not the app page. */
const FILE_PATH = /\/[^/?]+\.[a-z0-9]+(\?|$)/i;

function sendAppPage(reply: FastifyReply) {
  return reply.header('cache-control', REVALIDATE).sendFile('index.html');
}

/**
 * Serves the built web app from the API's port: its files by name, and index.html for every other
 * GET (the Angular router's deep links), except the server's own routes.
 */
export async function serveWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webRoot,
    // One route per built file, read at startup: no file-system lookup for paths that are not files.
    wildcard: false,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', HASHED_FILE.test(path) ? IMMUTABLE : REVALIDATE);
    },
  });
  app.get('/*', (request, reply) => {
    if (SERVER_PATHS.test(request.url) || FILE_PATH.test(request.url)) return reply.callNotFound();
    return sendAppPage(reply);
  });
}
