import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../config/app-config';
import { statementCountHeaderPlugin } from '../database/statement-counter';
import { formatGraphQLError } from '../errors/format-error';
import { DateTimeScalar } from './date-time.scalar';
import { RequestLoaders } from './request-loaders';
import { requestStatusPlugin } from './request-status.plugin';
import { serviceUnavailableStatusPlugin } from './service-unavailable-status.plugin';

export interface GraphQLContext {
  req: FastifyRequest & { user?: { id: string; email: string } };
  res: FastifyReply;
  loaders: RequestLoaders;
}

/** Depth, cost and alias limits keep one request from asking for the whole database. */
const armorOptions = {
  maxDepth: { n: 10 },
  // `__typename` is counted too (armor allows it by default): 1,600 aliases of it were accepted.
  maxAliases: { n: 15, allowList: [] },
  maxDirectives: { n: 20 },
  // Armor's token limit re-parses the document and turns syntax errors into HTTP 500; graphql's
  // own parser enforces the same limit below and answers 400.
  maxTokens: { enabled: false },
  costLimit: { maxCost: 20000 },
  // "Did you mean …" would spell out the schema to a client that may not introspect it.
  blockFieldSuggestion: { enabled: true },
} satisfies ConstructorParameters<typeof ApolloArmor>[0];
const armor = new ApolloArmor(armorOptions);
/** With introspection on, suggestions reveal nothing more. */
const armorWithSuggestions = new ApolloArmor({ ...armorOptions, blockFieldSuggestion: { enabled: false } });

/** The parser's own limit: a document of more tokens is refused before anything reads it. */
export const MAX_TOKENS = 5000;

/** The depth, cost, alias and directive rules, for transports Apollo does not serve (the subscription socket). */
export function documentLimitRules(config: Pick<AppConfig, 'graphqlIntrospection'>) {
  return (config.graphqlIntrospection ? armorWithSuggestions : armor).protect().validationRules;
}

/**
 * Introspection and field suggestions are off unless GRAPHQL_INTROSPECTION=true: the schema is a
 * map of the whole API, and our own tools read it from code (`api:schema`), not over HTTP.
 */
export function graphqlOptions(db: DataSource, config: Pick<AppConfig, 'graphqlIntrospection'>): ApolloDriverConfig {
  const { plugins, validationRules } = (config.graphqlIntrospection ? armorWithSuggestions : armor).protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: config.graphqlIntrospection,
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [
      ...plugins,
      requestStatusPlugin,
      statementCountHeaderPlugin,
      serviceUnavailableStatusPlugin,
      // Apollo's default cache-control plugin wraps every field's resolver to read hints we never set.
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules,
    formatError: formatGraphQLError,
    // Fastify's Apollo integration passes the request and the reply, not Express's { req, res }.
    context: (req: GraphQLContext['req'], res: FastifyReply): GraphQLContext => ({ req, res, loaders: new RequestLoaders(db) }),
  };
}
