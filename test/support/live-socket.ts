import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** What a subscription has received so far, as a real client sees it. */
export interface LiveSubscription<T> {
  events: T[];
  errors: unknown[];
  completed: boolean;
  /** Polls until `predicate` matches an event (a generous limit, never a fixed sleep). */
  waitFor(predicate: (event: T) => boolean, what: string, timeoutMs?: number): Promise<T>;
  /** Polls until the server has ended the subscription (complete or error). */
  waitForEnd(timeoutMs?: number): Promise<void>;
  stop(): void;
  /**
   * Resolves once the subscription hears changes: the server subscribes asynchronously, so a
   * change made right after `subscribe` may come too early. `change` makes one and returns the id
   * an event will name; repeated until one arrives. Leaves `events` empty.
   */
  ready(change: () => Promise<string>, timeoutMs?: number): Promise<void>;
}

export interface LiveSocket {
  client: Client;
  /** Resolves with the close code once the server closes the socket. */
  closed: Promise<{ code: number; reason: string }>;
  subscribe<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): LiveSubscription<T>;
  /** Resolves once the server acknowledged the connection (sign-in accepted). */
  connected: Promise<void>;
  dispose(): Promise<void>;
}

const POLL_MS = 20;

export async function poll<T>(check: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * A graphql-ws client over a real WebSocket to the app at `httpUrl` (its `/graphql`), signed in
 * with `token` the way the web app does (connectionParams.authorization). It does not retry: a
 * refused socket stays closed, so a test sees the refusal.
 */
export function openLiveSocket(httpUrl: string, token?: string): LiveSocket {
  const url = new URL('/graphql', httpUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  let onClosed!: (event: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  let onConnected!: () => void;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const client = createClient({
    url: url.toString(),
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    on: {
      connected: () => onConnected(),
      closed: (event) => onClosed({ code: (event as { code: number }).code, reason: String((event as { reason?: unknown }).reason ?? '') }),
    },
    // Without a listener a refused socket would surface as an unhandled error.
    onNonLazyError: () => undefined,
  });
  return {
    client,
    closed,
    connected,
    subscribe<T>(query: string, variables: Record<string, unknown> = {}): LiveSubscription<T> {
      const subscription: LiveSubscription<T> = {
        events: [],
        errors: [],
        completed: false,
        waitFor: (predicate, what, timeoutMs) => poll(() => subscription.events.find(predicate), what, timeoutMs),
        waitForEnd: async (timeoutMs) => {
          await poll(() => (subscription.completed || subscription.errors.length ? true : undefined), 'the subscription to end', timeoutMs);
        },
        stop: () => unsubscribe(),
        ready: async (change, timeoutMs = 10_000) => {
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const id = await change();
            const heard = await poll(() => (subscription.events.some((event) => JSON.stringify(event).includes(id)) ? true : undefined), 'a first change', 300).catch(() => false);
            if (heard) break;
            if (Date.now() > deadline || subscription.completed || subscription.errors.length) throw new Error('The subscription never heard a change');
          }
          subscription.events.length = 0;
        },
      };
      const unsubscribe = client.subscribe<T>(
        { query, variables },
        {
          next: (result) => {
            if (result.errors?.length) subscription.errors.push(...result.errors);
            if (result.data) subscription.events.push(result.data as T);
          },
          // An `error` message carries the list of errors; a refused socket, its close event.
          error: (error) => subscription.errors.push(...(Array.isArray(error) ? error : [error])),
          complete: () => (subscription.completed = true),
        },
      );
      return subscription;
    },
    dispose: async () => {
      await client.dispose();
    },
  };
}
