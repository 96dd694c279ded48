import type { ServerResponse } from 'node:http';

import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of every response, the Angular pages above all.
 * - Scripts only from our own origin and never inline: the built index.html has no inline
 *   script and no event handler (the web build turns off critical-CSS inlining, whose
 *   `onload="this.media='all'"` is one), so an injected `<script>` or `onerror=` does not run.
 * - Styles allow 'unsafe-inline': Angular adds each component's styles as `<style>` elements at
 *   run time, Material and CDK overlays set `style` attributes, and ECharts draws its tooltip
 *   as HTML with inline styles. Nonces would need the server to rewrite index.html per request;
 *   an inline style cannot run code, so this is the accepted trade-off.
 * - The app talks only to its own origin (`/graphql`), and no page may frame it.
 */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

const pageHeaders = helmet({
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  referrerPolicy: { policy: 'no-referrer' },
  frameguard: { action: 'deny' },
  // Added below, and only on HTTPS: over plain HTTP (localhost, the tests) browsers ignore it anyway.
  strictTransportSecurity: false,
});

const httpsOnly = helmet.strictTransportSecurity({ maxAge: 180 * 24 * 60 * 60, includeSubDomains: true });

type Middleware = (req: never, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * Helmet's headers do not depend on the request (no nonces), so they are worked out once by
 * running helmet against a response that only records them; each response then gets a copy
 * instead of running eleven middlewares.
 */
function headersOf(...middlewares: Middleware[]): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string | number | string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
    getHeader: (name: string) => headers[name.toLowerCase()],
  } as unknown as ServerResponse;
  for (const middleware of middlewares) {
    middleware({ method: 'GET', headers: {}, secure: true } as never, recorder, (error) => {
      if (error) throw error;
    });
  }
  return headers;
}

const HTTP_HEADERS = headersOf(pageHeaders as unknown as Middleware);
const HTTPS_HEADERS = { ...HTTP_HEADERS, ...headersOf(httpsOnly as unknown as Middleware) };

/**
 * Security headers on every response (pages, `/graphql`, calendar feeds, `/health`, errors and
 * 404s): CSP, X-Content-Type-Options: nosniff, Referrer-Policy: no-referrer, X-Frame-Options: DENY,
 * and Strict-Transport-Security when the request came over HTTPS (`request.protocol`; behind a
 * TLS-terminating proxy that needs Fastify's `trustProxy`). Set in onRequest so a handler that
 * writes to the raw response (the static files) carries them too.
 */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.protocol === 'https' ? HTTPS_HEADERS : HTTP_HEADERS);
    done();
  });
}

/** For tests and docs: the headers a plain-HTTP response carries. */
export const securityHeadersOverHttp: Readonly<Record<string, string>> = HTTP_HEADERS;
