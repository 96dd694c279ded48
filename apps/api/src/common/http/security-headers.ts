import type { NextFunction, Request, RequestHandler, Response } from 'express';
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
  // Sent below, and only on HTTPS: over plain HTTP (localhost, the tests) browsers ignore it anyway.
  strictTransportSecurity: false,
});

const httpsOnly = helmet.strictTransportSecurity({ maxAge: 180 * 24 * 60 * 60, includeSubDomains: true });

/**
 * Security headers on every response (pages, `/graphql`, calendar feeds, `/health`):
 * CSP, X-Content-Type-Options: nosniff, Referrer-Policy: no-referrer, X-Frame-Options: DENY,
 * and Strict-Transport-Security when the request came over HTTPS (`req.secure`; behind a
 * TLS-terminating proxy that needs Express's `trust proxy`).
 */
export const securityHeaders: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
  pageHeaders(req, res, (error?: unknown) => {
    if (error) return next(error);
    if (req.secure) return httpsOnly(req, res, next);
    next();
  });
};
