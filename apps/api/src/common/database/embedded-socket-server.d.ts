import type { PGlite } from '@electric-sql/pglite';

/** See embedded-socket-server.js: one PGlite served on a Unix socket, statements kept whole per connection. */
export function startSocketServer(db: PGlite, options: { path: string; maxConnections: number }): Promise<{ stop(): Promise<void> }>;
