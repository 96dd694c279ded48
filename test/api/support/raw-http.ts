import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as the client gets it after undoing Content-Encoding. */
  text: string;
  /** Bytes on the wire. */
  wireBytes: number;
}

/** A real HTTP request whose Accept-Encoding we choose (fetch would add its own and decode silently). */
export function raw(url: string, options: { method?: string; acceptEncoding?: string; body?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.acceptEncoding !== undefined) headers['accept-encoding'] = options.acceptEncoding;
    if (options.body) headers['content-type'] = 'application/json';
    const req = httpRequest(url, { method: options.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const decoded = encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: decoded.toString('utf8'), wireBytes: body.length });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
