// @ts-check
// The embedded database's socket server, run by embedded-postgres.worker.js. It replaces
// pglite-socket's server there for two reasons:
// - pglite-socket runs each wire-protocol message on its own turn, so two connections' Parse,
//   Bind and Execute messages could interleave in PGlite's one backend session and receive each
//   other's results; the app's pool had to keep ONE connection. Here a connection's messages up
//   to its Sync (or a simple Query) run together, and a connection inside a transaction keeps the
//   database until the transaction ends, so the pool may hold several connections.
// - With several connections waiting, the next statement is chosen by how long the same SQL took
//   before (shortest first): a user's page is not queued behind another user's looping export.
//   Whatever has waited longer than OLDEST_FIRST_AFTER_MS goes first, so nothing starves.
'use strict';

const { createServer } = require('node:net');

const SSL_REQUEST_CODE = 80877103;
const CANCEL_REQUEST_CODE = 80877102;
const PROTOCOL_3 = 196608;

/** A batch that waited this long runs before any shorter one that arrived later. */
const OLDEST_FIRST_AFTER_MS = 1000;
/** How many SQL texts keep a running average of their duration (then the averages start afresh). */
const MAX_REMEMBERED_STATEMENTS = 5000;

/** Message types that end what must run together: Sync, simple Query, Terminate. */
const BATCH_ENDS = new Set(['S', 'Q', 'X']);

/**
 * @typedef {{ messages: Uint8Array[], sql: string, queuedAt: number }} Batch
 * @typedef {{ socket: import('node:net').Socket, buffer: Buffer, started: boolean, pending: Batch[], current: Uint8Array[], sql: string, closed: boolean, unfinished: boolean }} Connection
 */

/**
 * Serves one PGlite on a Unix socket path.
 *
 * @param {import('@electric-sql/pglite').PGlite} db
 * @param {{ path: string, maxConnections: number }} options
 */
async function startSocketServer(db, options) {
  await db.waitReady;
  /** @type {Set<Connection>} */
  const connections = new Set();
  /** @type {Map<string, number>} average milliseconds by SQL text */
  const durations = new Map();
  /** The connection that must run next: inside a transaction or an unfinished extended query. */
  /** @type {Connection | undefined} */
  let holder;
  let running = false;

  /** @param {Connection} connection */
  function onData(connection, /** @type {Buffer} */ data) {
    connection.buffer = connection.buffer.length ? Buffer.concat([connection.buffer, data]) : data;
    for (;;) {
      const buffer = connection.buffer;
      if (!connection.started) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        const code = buffer.readInt32BE(4);
        if (length === 8 && code === SSL_REQUEST_CODE) {
          connection.socket.write('N');
          connection.buffer = buffer.subarray(8);
          continue;
        }
        if (length === 16 && code === CANCEL_REQUEST_CODE) {
          // PGlite has no backend to interrupt; the request is dropped as the protocol allows.
          connection.socket.destroy();
          return;
        }
        if (code !== PROTOCOL_3 || buffer.length < length) {
          if (code !== PROTOCOL_3) connection.socket.destroy();
          return;
        }
        connection.started = true;
        connection.buffer = buffer.subarray(length);
        enqueue(connection, { messages: [copy(buffer.subarray(0, length))], sql: '', queuedAt: performance.now() });
        continue;
      }
      if (buffer.length < 5) return;
      const length = 1 + buffer.readInt32BE(1);
      if (buffer.length < length) return;
      const message = copy(buffer.subarray(0, length));
      connection.buffer = buffer.subarray(length);
      const type = String.fromCharCode(message[0]);
      connection.current.push(message);
      if (type === 'P' || type === 'Q') connection.sql = sqlOf(message, type);
      // Flush asks for answers before the Sync: what came so far runs, and the connection then
      // holds the database (see `holder`) until its Sync arrives.
      if (BATCH_ENDS.has(type) || type === 'H') {
        enqueue(connection, { messages: connection.current, sql: connection.sql, queuedAt: performance.now() });
        connection.current = [];
        connection.sql = '';
      }
    }
  }

  /** @param {Connection} connection @param {Batch} batch */
  function enqueue(connection, batch) {
    connection.pending.push(batch);
    void runNext();
  }

  /** @returns {Connection | undefined} */
  function pickNext() {
    // A holder that went away is picked too, so that its leftovers are cleaned up first.
    if (holder) return holder.pending.length || holder.closed ? holder : undefined;
    const now = performance.now();
    /** @type {Connection | undefined} */
    let shortest;
    let shortestCost = Infinity;
    /** @type {Connection | undefined} */
    let oldest;
    for (const connection of connections) {
      const head = connection.pending[0];
      if (!head) continue;
      if (!oldest || head.queuedAt < oldest.pending[0].queuedAt) oldest = connection;
      const cost = durations.get(head.sql) ?? 0;
      if (cost < shortestCost) {
        shortest = connection;
        shortestCost = cost;
      }
    }
    if (oldest && now - oldest.pending[0].queuedAt > OLDEST_FIRST_AFTER_MS) return oldest;
    return shortest;
  }

  async function runNext() {
    if (running) return;
    running = true;
    try {
      for (let connection = pickNext(); connection; connection = pickNext()) {
        if (connection.closed) {
          await cleanUpAfter(connection);
          continue;
        }
        const batch = /** @type {Batch} */ (connection.pending.shift());
        const started = performance.now();
        const socket = connection.socket;
        try {
          await db.runExclusive(async () => {
            for (const message of batch.messages) {
              await db.execProtocolRawStream(message, {
                onRawData: (data) => {
                  // The data is a view of PGlite's memory, reused by the next message: copy it.
                  if (!connection.closed && data.length > 0) socket.write(Buffer.from(data));
                },
              });
            }
          });
        } catch {
          // PGlite answers SQL errors on the wire; a throw means this conversation is broken. Only
          // its connection ends (the client sees it closed), the others carry on.
          // It keeps the database until its close is seen, so its leftovers are cleaned up first.
          connection.unfinished = true;
          holder = connection;
          socket.destroy();
          continue;
        }
        if (batch.sql) remember(batch.sql, performance.now() - started);
        connection.unfinished = isFlush(batch.messages[batch.messages.length - 1]);
        holder = db.isInTransaction() || connection.unfinished ? connection : undefined;
      }
    } finally {
      running = false;
    }
  }

  /** A connection that went away inside a query or a transaction leaves the session clean for the others. */
  async function cleanUpAfter(/** @type {Connection} */ connection) {
    if (connection.unfinished) await db.runExclusive(() => db.execProtocolRawStream(SYNC, { onRawData: () => undefined }));
    // exec takes PGlite's lock itself (as runExclusive does), so it runs outside runExclusive.
    if (db.isInTransaction()) await db.exec('ROLLBACK');
    if (holder === connection) holder = undefined;
  }

  /** @param {string} sql @param {number} ms */
  function remember(sql, ms) {
    const before = durations.get(sql);
    if (before === undefined && durations.size >= MAX_REMEMBERED_STATEMENTS) durations.clear();
    durations.set(sql, before === undefined ? ms : before * 0.7 + ms * 0.3);
  }

  const server = createServer((socket) => {
    if (connections.size >= options.maxConnections) {
      socket.end();
      return;
    }
    /** @type {Connection} */
    const connection = { socket, buffer: Buffer.alloc(0), started: false, pending: [], current: [], sql: '', closed: false, unfinished: false };
    connections.add(connection);
    socket.setNoDelay(true);
    socket.on('data', (data) => onData(connection, data));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      connection.closed = true;
      connection.pending = [];
      connections.delete(connection);
      void runNext();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.path, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  return {
    async stop() {
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        for (const connection of connections) connection.socket.destroy();
      });
      // Let the batch that runs now finish before the database closes.
      await db.runExclusive(async () => undefined);
    },
  };
}

/** A Sync message: ends an extended query a vanished client left open. */
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

/** @param {Uint8Array} message */
function isFlush(message) {
  return message[0] === 0x48;
}

/** @param {Uint8Array} bytes */
function copy(bytes) {
  return new Uint8Array(bytes);
}

/**
 * The SQL text of a Parse (name, then query) or a simple Query message.
 * @param {Uint8Array} message @param {string} type
 */
function sqlOf(message, type) {
  let start = 5;
  if (type === 'P') start = message.indexOf(0, start) + 1;
  const end = message.indexOf(0, start);
  return Buffer.from(message.buffer, message.byteOffset + start, Math.max(0, end - start)).toString('utf8');
}

module.exports = { startSocketServer };
