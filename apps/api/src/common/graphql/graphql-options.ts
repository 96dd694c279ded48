import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';

import { statementCountHeaderPlugin } from '../database/statement-counter';
import { formatGraphQLError } from '../errors/format-error';
import { RequestLoaders } from './request-loaders';
import { requestStatusPlugin } from './request-status.plugin';

export interface GraphQLContext {
  req: Request;
  res: Response;
  loaders: RequestLoaders;
}

/** Depth, cost and alias limits keep one request from asking for the whole database. */
const armor = new ApolloArmor({
  maxDepth: { n: 10 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  // Armor's token limit re-parses the document and turns syntax errors into HTTP 500; graphql's
  // own parser enforces the same limit below and answers 400.
  maxTokens: { enabled: false },
  costLimit: { maxCost: 20000 },
  blockFieldSuggestion: { enabled: false },
});

export function graphqlOptions(db: DataSource): ApolloDriverConfig {
  const { plugins, validationRules } = armor.protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: 5000 },
    plugins: [...plugins, requestStatusPlugin, statementCountHeaderPlugin],
    validationRules,
    formatError: formatGraphQLError,
    context: ({ req, res }: Pick<GraphQLContext, 'req' | 'res'>): GraphQLContext => ({ req, res, loaders: new RequestLoaders(db) }),
  };
}
