import { existsSync } from 'node:fs';
import { join } from 'node:path';

import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@crm/domain';

import { chooseLanguage } from './page-language';

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
/** `/nl/projects/…`: the language's own build, whose <base href> is `/nl/`. */
const LANGUAGE_PATH = new RegExp(`^/(${LANGUAGES.join('|')})(/|$|\\?)`);

function sendAppPage(reply: FastifyReply, language?: Language) {
  return reply.header('cache-control', REVALIDATE).sendFile(language ? `${language}/index.html` : 'index.html');
}

/**
 * Serves the built web app from the API's port: its files by name, and index.html for every other
 * GET (the Angular router's deep links), except the server's own routes.
 *
 * The production build is one app per language under `<webRoot>/<language>/` (Angular's i18n).
 * Their bundles share names but not contents, so each language keeps its own path: a link
 * without one (a mail's, a bookmark's, `/`) is sent on to the reader's language, taken from the
 * language cookie the app sets, else the browser's Accept-Language, else English. A build without
 * languages (the development build) is served at the root as it is.
 */
export async function serveWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  const localized = existsSync(join(webRoot, DEFAULT_LANGUAGE, 'index.html'));
  await app.register(fastifyStatic, {
    root: webRoot,
    // One route per built file, read at startup: no file-system lookup for paths that are not files.
    wildcard: false,
    // The per-language index pages are answered below, never as a directory listing or index.
    index: false,
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', HASHED_FILE.test(path) ? IMMUTABLE : REVALIDATE);
    },
  });
  app.get('/*', (request, reply) => {
    if (SERVER_PATHS.test(request.url) || FILE_PATH.test(request.url)) return reply.callNotFound();
    if (!localized) return sendAppPage(reply);
    const prefix = LANGUAGE_PATH.exec(request.url);
    if (prefix) return sendAppPage(reply, prefix[1] as Language);
    return redirectToLanguage(request, reply);
  });
}

function redirectToLanguage(request: FastifyRequest, reply: FastifyReply) {
  const language = chooseLanguage(request.headers.cookie, request.headers['accept-language']);
  // Varies with the cookie and the header, so no cache may keep one reader's answer for another.
  return reply.header('cache-control', 'private, no-cache').header('vary', 'Cookie, Accept-Language').redirect(`/${language}${request.url}`, 302);
}
