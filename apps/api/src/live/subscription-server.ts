// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ts-node (api:schema) reads only imported files, and an ambient module declaration cannot be imported
/// <reference path="./graphql-ws-server.d.ts" />
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  createSourceEventStream,
  DocumentNode,
  execute,
  ExecutionArgs,
  ExecutionResult,
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { CloseCode, Context, SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { DataSource } from 'typeorm';
import { WebSocket, WebSocketServer } from 'ws';

import { UsersRepository } from '../auth/users.repository';
import { verifySession, VerifiedSession } from '../common/auth/auth.guard';
import { genericReasonOf } from '../common/errors/app-error';
import { formatGraphQLError } from '../common/errors/format-error';
import { documentLimitRules, MAX_TOKENS } from '../common/graphql/graphql-options';
import { RequestLoaders } from '../common/graphql/request-loaders';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MappedEvents } from './mapped-events';
import { SocketRequest } from './socket-context';

export const SUBSCRIPTION_PATH = '/graphql';
/** A subscription document is small; a bigger frame is someone probing. */
const MAX_FRAME_BYTES = 64 * 1024;
/** How long a closing app waits for clients to answer the close handshake before cutting them off. */
const CLOSE_GRACE_MS = 1000;

type Extra = { socket: WebSocket; request: IncomingMessage };

/**
 * GraphQL subscriptions over WebSocket (graphql-ws, protocol `graphql-transport-ws`) at the same
 * path as HTTP GraphQL. Nest's own subscription support needs `subscriptions-transport-ws` and
 * matches any path starting with /graphql, so the socket is attached to Fastify's server here.
 *
 * The client signs in with `connectionParams.authorization` ("Bearer …"), verified exactly as the
 * HTTP auth guard does; without a valid one the socket closes with 4401. Each subscription then
 * runs through the same guards as a query, with the same limits on its document. Only
 * subscriptions are served: queries and mutations go over HTTP, where the throttler and the
 * request plugins are.
 */
@Injectable()
export class LiveSocketServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(LiveSocketServer.name);
  private readonly sessions = new WeakMap<WebSocket, VerifiedSession>();
  private wss?: WebSocketServer;
  private httpServer?: Server;
  private disposeServer?: () => Promise<void>;
  private closing = false;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    // GraphQLModule does not export its schema host; found wherever it is, once the schema is built.
    private readonly moduleRef: ModuleRef,
    private readonly jwt: JwtService,
    private readonly users: UsersRepository,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.httpServer = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
    const disposable = useServer<Record<string, unknown>, Extra>(
      {
        onConnect: (ctx) => this.connect(ctx),
        onSubscribe: (ctx, _id, payload) => this.prepare(ctx, payload),
        subscribe: (args) => this.subscribe(args),
        onNext: (_ctx, _id, _payload, _args, result) => formatted(result),
        onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatGraphQLError(error.toJSON(), error)),
      },
      this.wss,
    );
    this.disposeServer = async () => disposable.dispose();
    this.httpServer.on('upgrade', this.upgrade);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    this.httpServer?.off('upgrade', this.upgrade);
    const wss = this.wss;
    if (!wss) return;
    // Clients that do not answer the close handshake must not keep the process (or jest) alive.
    const cutOff = setTimeout(() => wss.clients.forEach((client) => client.terminate()), CLOSE_GRACE_MS);
    cutOff.unref();
    try {
      await this.disposeServer?.();
    } finally {
      clearTimeout(cutOff);
    }
  }

  private readonly upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = (request.url ?? '').split('?')[0];
    if (this.closing || path !== SUBSCRIPTION_PATH || !this.wss) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const wss = this.wss;
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };

  private async connect(ctx: Context<Record<string, unknown>, Extra>): Promise<boolean> {
    try {
      this.sessions.set(ctx.extra.socket, await verifySession(this.jwt, this.users, ctx.connectionParams?.['authorization']));
      return true;
    } catch (error) {
      // 4401 tells a client to sign in again rather than retry (graphql-ws would answer 4403).
      ctx.extra.socket.close(CloseCode.Unauthorized, error instanceof GraphQLError ? error.message : 'Unauthorized');
      return false;
    }
  }

  private prepare(ctx: Context<Record<string, unknown>, Extra>, payload: SubscribePayload): ExecutionArgs | readonly GraphQLError[] {
    const session = this.sessions.get(ctx.extra.socket);
    if (!session) return [requestError('Sign in before subscribing.', 'UNAUTHENTICATED')];
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: MAX_TOKENS });
    } catch (error) {
      return [requestError((error as Error).message, 'GRAPHQL_PARSE_FAILED')];
    }
    const operation = getOperationAST(document, payload.operationName);
    if (operation && operation.operation !== 'subscription') {
      return [requestError('This socket serves subscriptions only; send queries and mutations over HTTP.', 'BAD_REQUEST')];
    }
    const rules = [...specifiedRules, ...documentLimitRules(this.config), ...(this.config.graphqlIntrospection ? [] : [NoSchemaIntrospectionCustomRule])];
    const invalid = validate(schema, document, rules);
    if (invalid.length) {
      return invalid.map((error) => requestError(this.config.graphqlIntrospection ? error.message : withoutSuggestions(error.message), 'GRAPHQL_VALIDATION_FAILED'));
    }
    const req: SocketRequest = {
      headers: { authorization: String(ctx.connectionParams?.['authorization'] ?? '') },
      ip: ctx.extra.request.socket.remoteAddress,
      user: session.user,
      tokenVersion: session.tokenVersion,
    };
    return {
      schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
      contextValue: { req, res: undefined, loaders: new RequestLoaders(this.db) },
    };
  }

  /** graphql's own subscribe, except that every event gets fresh DataLoaders: a cached row would go stale. */
  private async subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream;
    const events = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    const context = args.contextValue as Record<string, unknown>;
    return new MappedEvents(events, (payload) =>
      execute({ ...args, rootValue: payload, contextValue: { ...context, loaders: new RequestLoaders(this.db) } }) as Promise<ExecutionResult>,
    );
  }
}

function requestError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, params: { reason: genericReasonOf(code) } } });
}

/** "Did you mean …" would spell out the schema to a client that may not introspect it. */
function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .*\?$/, '');
}

function formatted(result: ExecutionResult) {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map((error) => formatGraphQLError(error.toJSON(), error)) };
}
