/**
 * The one GraphQL client of the test suites: test/api, test/e2e and test/bench all talk to the API
 * through it, over HTTP, as any client would.
 */

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions: { code: string; [key: string]: unknown };
}

export interface GraphQLResponse<T = Record<string, any>> {
  /** The HTTP status. */
  status: number;
  data?: T | null;
  errors?: GraphQLErrorEntry[];
  /** The response headers, e.g. x-sql-statements. */
  headers: Headers;
  /** Wall time of the request in milliseconds, from sending to the parsed body. */
  ms: number;
}

export type Variables = Record<string, unknown>;

/**
 * A GraphQL document that carries the types of its result and variables, so callers get both
 * checked without a code generator: `const Q = operation<{ me: { id: string } }>('{ me { id } }')`.
 */
export type Operation<TResult = Record<string, any>, TVariables extends Variables = Variables> = string & {
  readonly __result?: TResult;
  readonly __variables?: TVariables;
};

export function operation<TResult = Record<string, any>, TVariables extends Variables = Variables>(source: string): Operation<TResult, TVariables> {
  return source as Operation<TResult, TVariables>;
}

/** Thrown by `ok` when the answer carries errors, so a setup step never passes silently. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly response: GraphQLResponse<unknown>,
    label = 'GraphQL errors',
  ) {
    super(`${label} (HTTP ${response.status}): ${JSON.stringify(response.errors)}`);
    this.name = 'GraphQLRequestError';
  }
}

export interface Session {
  token: string;
  user: { id: string; email: string; name: string };
}

export interface SignUpOptions {
  /** Defaults to a unique address made from the name. */
  email?: string;
  password?: string;
}

export const TEST_PASSWORD = 'correct horse battery';

const SIGN_UP = operation<{ signUp: boolean }, { input: { email: string; password: string; name: string } }>(
  'mutation($input: SignUpInput!) { signUp(input: $input) }',
);

const CONFIRM_SIGN_UP = operation<{ confirmSignUp: Session }, { input: { token: string } }>(
  'mutation($input: ConfirmSignUpInput!) { confirmSignUp(input: $input) { token user { id email name } } }',
);

/**
 * Finds the token of the newest link to `path` (e.g. /confirm-sign-up) mailed to `email`: from the
 * outbox table in-process, from the server's log or an SMTP inbox for a separate server process.
 */
export type LinkFinder = (email: string, path: string) => Promise<string>;

let emailCounter = 0;

/** A unique address for a display name: "Ada Analyst" → ada.analyst.<time>.<n>@example.test */
export function uniqueEmail(name: string): string {
  emailCounter += 1;
  return `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '')}.${Date.now()}.${emailCounter}@example.test`;
}

export class GraphQLClient {
  /** @param baseUrl the server's origin, e.g. http://127.0.0.1:3000 (the client posts to /graphql). */
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
    /** How `signUp` reads the mailed confirmation link; without it `signUp` cannot finish. */
    readonly findLink?: LinkFinder,
  ) {}

  get endpoint(): string {
    return `${this.baseUrl}/graphql`;
  }

  /** The same client acting as another user. */
  as(token: string | undefined): GraphQLClient {
    return new GraphQLClient(this.baseUrl, token, this.findLink);
  }

  /**
   * Posts a body exactly as given (malformed JSON, oversized documents), for tests of the HTTP layer.
   * `headers` adds what a browser would send besides (Accept-Language, a Cookie).
   */
  postRaw(body: string, token: string | undefined = this.token, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(this.endpoint, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
  }

  /** Sends one operation and returns status, data and errors as they came. */
  async request<TResult = Record<string, any>, TVariables extends Variables = Variables>(
    query: Operation<TResult, TVariables> | string,
    variables: TVariables = {} as TVariables,
    token: string | undefined = this.token,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<TResult>> {
    const started = performance.now();
    const response = await this.postRaw(JSON.stringify({ query, variables }), token, headers);
    const text = await response.text();
    let body: { data?: TResult | null; errors?: GraphQLErrorEntry[] };
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`The API answered HTTP ${response.status} with a body that is not JSON: ${text.slice(0, 500)}`);
    }
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers, ms: performance.now() - started };
  }

  /** Like `request`, but throws on any error and returns the data. */
  async ok<TResult = Record<string, any>, TVariables extends Variables = Variables>(
    query: Operation<TResult, TVariables> | string,
    variables: TVariables = {} as TVariables,
    token: string | undefined = this.token,
    headers: Record<string, string> = {},
  ): Promise<TResult> {
    const result = await this.request<TResult, TVariables>(query, variables, token, headers);
    if (result.errors?.length) throw new GraphQLRequestError(result);
    return result.data as TResult;
  }

  /** Signs a new account up, follows the mailed confirmation link, and returns its token and user. */
  async signUp(name: string, options: SignUpOptions = {}): Promise<Session> {
    if (!this.findLink) throw new Error('This GraphQLClient has no link finder, so it cannot follow the mailed sign-up link.');
    const email = options.email ?? uniqueEmail(name);
    await this.ok(SIGN_UP, { input: { email, password: options.password ?? TEST_PASSWORD, name } });
    const token = await this.findLink(email, '/confirm-sign-up');
    const data = await this.ok(CONFIRM_SIGN_UP, { input: { token } });
    return data.confirmSignUp;
  }
}
