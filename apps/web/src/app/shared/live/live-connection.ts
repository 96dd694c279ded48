import { effect, inject, Injectable, signal } from '@angular/core';

import { Client, createClient } from 'graphql-ws';

import { AuthStore } from '../../auth/auth.store';

/** Where the socket stands: unused (nothing subscribed), carrying events, or trying to get back. */
export type LiveStatus = 'idle' | 'live' | 'reconnecting';

const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 30_000;

/** The page's own origin, as ws: or wss:, so the dev proxy and a production proxy both carry it. */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/** 1 s, 2 s, 4 s … up to 30 s, each with some jitter so a restarted server is not hit by everyone at once. */
export function retryDelay(retries: number): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** retries, LONGEST_RETRY_MS);
  return base / 2 + Math.random() * (base / 2);
}

/**
 * The one WebSocket for subscriptions (graphql-ws). It opens when the first subscription starts
 * and closes when the last ends; it signs in with the current token and opens again with the new
 * one whenever someone signs in or out.
 */
@Injectable({ providedIn: 'root' })
export class LiveConnection {
  private readonly auth = inject(AuthStore);
  readonly status = signal<LiveStatus>('idle');

  readonly client: Client = createClient({
    url: socketUrl(),
    lazy: true,
    connectionParams: () => {
      const token = this.auth.token();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
    on: {
      connected: () => this.status.set('live'),
      closed: () => this.status.set(this.subscribed > 0 ? 'reconnecting' : 'idle'),
      connecting: () => {
        if (this.status() === 'idle' && this.subscribed > 0) this.status.set('reconnecting');
      },
    },
  });

  /** Subscriptions in use, counted by LiveProjectService: the socket's state matters only then. */
  subscribed = 0;

  constructor() {
    let previous: string | null | undefined;
    effect(() => {
      const token = this.auth.token();
      // Reconnect (with the new token) only on a change, not on the first read.
      if (previous !== undefined && token !== previous) this.client.terminate();
      previous = token;
    });
  }
}
