import type { ApolloServerPlugin } from '@apollo/server';

const CLIENT_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * A request rejected before execution (syntax, unknown fields, limits) is the client's mistake and
 * answers 4xx. graphql-armor's token limit parses the document itself and otherwise lets such
 * errors leave as HTTP 500.
 */
export const requestStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        if (response.body.kind !== 'single' || response.body.singleResult.data !== undefined) return;
        const codes = (errors ?? []).map((e) => String(e.extensions?.['code'] ?? ''));
        if (codes.length > 0 && codes.every((code) => CLIENT_ERROR_CODES.has(code))) response.http.status = 400;
      },
    };
  },
};
