import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

import { Pool } from 'pg';

import { answerCpuRequests } from './server-messages';

/**
 * The raw handler: a minimal node:http + pg server that answers every POST by running the SQL the
 * API sent for one board page (recorded by api-server.child.ts: same text, same parameters, same
 * order, on one pooled connection) and writing the rows as JSON. No framework, no GraphQL, no
 * auth beyond the API's own membership statement, which is among the recorded ones: the ceiling
 * for this SQL on this machine.
 */
interface Statement {
  text: string;
  values: unknown[];
}

const statements: Statement[] = JSON.parse(readFileSync(process.env['BENCH_RAW_STATEMENTS'] ?? '', 'utf8'));
const pool = new Pool({ connectionString: process.env['BENCH_RAW_DATABASE'], max: 10 });

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    void (async () => {
      const client = await pool.connect();
      try {
        const results: unknown[] = [];
        for (const s of statements) results.push((await client.query(s.text, s.values)).rows);
        const body = JSON.stringify({ data: results });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      } finally {
        client.release();
      }
    })();
  });
});

answerCpuRequests();
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.send?.({ type: 'ready', url: `http://127.0.0.1:${port}`, bootSeconds: 0 });
});

process.on('message', (message: { type: string }) => {
  if (message.type === 'stop') server.close(() => void pool.end().then(() => process.exit(0)));
});
