import type { ApolloServerPlugin } from '@apollo/server';

import { ErrorCode } from '../errors/app-error';

const RETRYABLE = new Set<unknown>([ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.TIMEOUT]);

/**
 * A request that met a database outage (SERVICE_UNAVAILABLE) or a stopped statement (TIMEOUT) answers HTTP 503, so clients, proxies
 * and load balancers see a retryable failure rather than a 200. @nestjs/apollo's own plugin resets
 * the status of every executed request to 200 in the same hook; Apollo starts all plugins' hooks
 * together, so this one sets its status after a microtask, once that reset has happened.
 */
export const serviceUnavailableStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        if (!(errors ?? []).some((e) => RETRYABLE.has(e.extensions?.['code']))) return;
        await Promise.resolve();
        response.http.status = 503;
        response.http.headers.set('retry-after', '5');
      },
    };
  },
};
