import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

import { TEST_PASSWORD } from '../support/graphql-client';
import { assignRole, createPerson, createStandardProject } from './support/fixtures';
import { SignedIn, startTestApp, TestApp } from './support/test-app';

/**
 * The fuzz suite: thousands of requests generated from the running app's schema, signed in as the
 * owner of a seeded program, with variables that are mostly plausible and partly malformed (the
 * values of issue 16: NUL bytes, lone surrogates, explicit nulls, year 0000, 30 February, `true`
 * as a DateTime, 36 dashes as an id, huge cursors, very long strings, out-of-range numbers, wrong
 * enum values). Whatever the request, the server must answer with a client error or a result:
 * never INTERNAL_SERVER_ERROR, never HTTP 5xx, and it must still be alive afterwards.
 *
 * Deterministic: one fixed seed, so a failure names a request that fails again on the next run.
 */

const SEED = 16_2026;
const REQUESTS = 5_000;
/** Requests in flight at once: enough to keep the server busy, few enough for a 2-core machine. */
const PARALLEL = 4;
/**
 * Of the leaves of a request's variables, the share that gets a malformed value at first; a
 * request that came out with none is drawn again with a higher share, so every request carries at
 * least one (a plausible request costs real SQL, and the suite is about what clients get wrong).
 */
const MALFORMED_SHARES = [0.3, 0.5, 0.8, 1];

/**
 * Value classes that still make the server fail and that nobody has fixed yet; the generator
 * leaves them out so the suite guards everything else. A key is a class name (left out
 * everywhere) or "<operation>: <class name>" (left out of that operation only); the value says
 * which request fails and how, so the fix knows where to look. Remove the entry with the fix.
 */
const KNOWN_UNFIXED: Record<string, string> = {};

/**
 * Operations left out of the fuzzing, with the reason. Everything else in the schema is fuzzed.
 */
const NOT_FUZZED: Record<string, string> = {};

/**
 * Requests the generator might not draw with this seed, sent first and every time: the ones the
 * issue names and ones an earlier run of this suite found. Same KNOWN_UNFIXED keys as above.
 */
const REPLAYS: { operation: string; valueClass: string; document: string; variables: (ids: IdPool) => Record<string, unknown>; extensions?: Record<string, unknown> }[] = [
  {
    operation: 'updateTask',
    valueClass: 'explicit null',
    document: 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }',
    variables: (ids) => ({ input: { id: ids['task']?.[0], version: 1, title: null } }),
  },
  {
    operation: 'updatePerson',
    valueClass: 'explicit null',
    document: 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
    variables: (ids) => ({ input: { id: ids['person']?.[0], version: 1, name: null } }),
  },
  {
    operation: 'signIn',
    valueClass: 'lone surrogate',
    document: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
    variables: () => ({ input: { email: 'fuzz\ud800@example.test', password: 'x\udfff' } }),
  },
  {
    operation: 'signUp',
    valueClass: 'lone surrogate',
    document: 'mutation($input: SignUpInput!) { signUp(input: $input) }',
    variables: () => ({ input: { email: 'lone.surrogate@example.test', password: 'correct horse battery', name: 'Lone \ud800' } }),
  },
  {
    operation: 'suggestTrainingSchedule',
    valueClass: 'wrong type',
    document: 'query($w: ID!, $t: ID) { suggestTrainingSchedule(waveId: $w, trainerId: $t) { __typename } }',
    variables: (ids) => ({ w: ids['wave']?.[0], t: 'twelve' }),
  },
  {
    operation: 'tasks',
    valueClass: 'huge cursor',
    document: 'query($p: ID!, $a: String) { tasks(projectId: $p, after: $a, first: 5) { totalCount } }',
    variables: (ids) => ({ p: ids['project']?.[0], a: cursorFor(`c:${'9'.repeat(40)}`) }),
  },
  {
    operation: 'task',
    valueClass: '36 dashes as id',
    document: 'query($id: ID!) { task(id: $id) { id } }',
    variables: () => ({ id: '-'.repeat(36) }),
  },
  {
    operation: 'me',
    valueClass: 'mismatched persisted-query hash',
    document: '{ me { id } }',
    variables: () => ({}),
    extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
  },
];

/** A small, fast, seedable generator (mulberry32), so every run sends the same requests. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const cursorFor = (text: string) => Buffer.from(text).toString('base64url');

/** What a leaf is, as far as the malformed values care. */
type LeafKind = 'String' | 'ID' | 'Int' | 'Float' | 'Boolean' | 'DateTime' | 'Enum' | 'Cursor';

interface ValueClass {
  name: string;
  appliesTo: LeafKind[];
  values: unknown[];
}

const ALL_KINDS: LeafKind[] = ['String', 'ID', 'Int', 'Float', 'Boolean', 'DateTime', 'Enum', 'Cursor'];
const TEXT_KINDS: LeafKind[] = ['String', 'ID', 'DateTime', 'Enum', 'Cursor'];

const VALUE_CLASSES: ValueClass[] = [
  { name: 'NUL byte', appliesTo: TEXT_KINDS, values: ['a\u0000b', '\u0000', 'Wave\u0000A'] },
  { name: 'lone surrogate', appliesTo: TEXT_KINDS, values: ['\ud800', 'x\udfffy', 'end\ud83d'] },
  { name: 'very long string', appliesTo: TEXT_KINDS, values: ['x'.repeat(20_000), 'é'.repeat(5_000)] },
  { name: '36 dashes as id', appliesTo: ['ID', 'String', 'Cursor'], values: ['-'.repeat(36)] },
  { name: 'not a uuid', appliesTo: ['ID'], values: ['1', 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz', "'; DROP TABLE tasks; --", ''] },
  { name: 'huge cursor', appliesTo: ['Cursor', 'String'], values: [cursorFor(`c:${'9'.repeat(40)}`), cursorFor('c:-1'), cursorFor('c:1e400'), 'not-base64!!', cursorFor('c:NaN')] },
  { name: 'year 0000', appliesTo: ['DateTime', 'String'], values: ['0000-01-01', '0000-01-01T00:00:00Z', '-000001-01-01T00:00:00Z', '+275760-09-13T00:00:00Z'] },
  { name: 'impossible calendar date', appliesTo: ['DateTime', 'String'], values: ['2027-02-30T10:00:00Z', '2027-02-30', '2027-13-01', '2027-04-31T25:61:00Z'] },
  { name: 'not a DateTime', appliesTo: ['DateTime'], values: [true, false, 0, 1_700_000_000_000, 'tomorrow', '2027-05-03 09:00', {}] },
  { name: 'negative or huge number', appliesTo: ['Int', 'Float'], values: [-1, -2_147_483_648, 2_147_483_647, 2_147_483_648, 1e308, -1e308, 0.5, Number.MAX_SAFE_INTEGER] },
  { name: 'wrong enum value', appliesTo: ['Enum'], values: ['NOT_A_VALUE', 'must', '', 42] },
  { name: 'wrong type', appliesTo: ALL_KINDS, values: [true, 12, 'twelve', [], { a: 1 }] },
  { name: 'explicit null', appliesTo: ALL_KINDS, values: [null] },
];

/** Real records of the seeded program, by the kind an argument's name suggests. */
type IdPool = Record<string, string[]>;

interface Generated {
  operation: string;
  document: string;
  variables: Record<string, unknown>;
  /** The malformed value classes the variables carry. */
  classes: string[];
  /** Request extensions, e.g. a persisted-query hash. */
  extensions?: Record<string, unknown>;
}

class RequestGenerator {
  private readonly random: () => number;
  /** The operation being drawn, for the entries of KNOWN_UNFIXED that name one. */
  private operation = '';

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly ids: IdPool,
    seed: number,
  ) {
    this.random = randomFrom(seed);
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  operations(): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
    const of = (kind: 'query' | 'mutation', fields: Record<string, GraphQLField<unknown, unknown>>) =>
      Object.values(fields)
        .filter((field) => !(field.name in NOT_FUZZED))
        .map((field) => ({ kind, field }));
    return [...of('mutation', this.schema.getMutationType()?.getFields() ?? {}), ...of('query', this.schema.getQueryType()?.getFields() ?? {})];
  }

  /**
   * Each operation in turn, as often as it has input leaves (one to eight times per round): a
   * wide input has more places to go wrong than a single id, and the time goes where it finds most.
   */
  schedule(): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
    return this.operations().flatMap((operation) => {
      const leaves = operation.field.args.reduce((n, arg) => n + leafCount(arg.type, 0), 0);
      return Array.from({ length: Math.min(Math.max(leaves, 1), 8) }, () => operation);
    });
  }

  next(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Generated {
    const [first, ...higher] = MALFORMED_SHARES;
    let request = this.draw(kind, field, first ?? 1);
    for (const share of higher) {
      if (request.classes.length > 0) break;
      request = this.draw(kind, field, share);
    }
    return request;
  }

  private draw(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, share: number): Generated {
    this.operation = field.name;
    const classes: string[] = [];
    const declarations: string[] = [];
    const passed: string[] = [];
    const variables: Record<string, unknown> = {};
    field.args.forEach((arg: GraphQLArgument, i) => {
      // Optional arguments are left out now and then, as most clients do.
      if (!isNonNullType(arg.type) && this.random() < 0.3) return;
      const name = `v${i}`;
      declarations.push(`$${name}: ${arg.type.toString()}`);
      passed.push(`${arg.name}: $${name}`);
      variables[name] = this.value(arg.type, arg.name, classes, share);
    });
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    const header = declarations.length ? `(${declarations.join(', ')})` : '';
    const call = passed.length ? `(${passed.join(', ')})` : '';
    return { operation: field.name, document: `${kind} Fuzz${header} { ${field.name}${call}${selection} }`, variables, classes };
  }

  private value(type: GraphQLInputType, name: string, classes: string[], share: number): unknown {
    const required = isNonNullType(type);
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      const length = Math.floor(this.random() * 3);
      return Array.from({ length }, () => this.value(inner.ofType, name, classes, share));
    }
    if (isInputObjectType(inner)) {
      const result: Record<string, unknown> = {};
      for (const fieldOf of Object.values(inner.getFields())) {
        if (!isNonNullType(fieldOf.type) && this.random() < 0.4) continue;
        result[fieldOf.name] = this.value(fieldOf.type, fieldOf.name, classes, share);
      }
      return result;
    }
    const kind = this.leafKind(inner, name);
    if (this.random() < share) {
      const candidates = VALUE_CLASSES.filter(
        (c) => c.appliesTo.includes(kind) && (c.name !== 'explicit null' || !required) && !(c.name in KNOWN_UNFIXED) && !(`${this.operation}: ${c.name}` in KNOWN_UNFIXED),
      );
      if (candidates.length) {
        const chosen = this.pick(candidates);
        classes.push(chosen.name);
        return this.pick(chosen.values);
      }
    }
    return this.plausible(inner, kind, name);
  }

  private leafKind(type: GraphQLInputType, name: string): LeafKind {
    if (isEnumType(type)) return 'Enum';
    if (name === 'after' || name === 'before') return 'Cursor';
    const scalar = isScalarType(type) ? type.name : 'String';
    return (['String', 'ID', 'Int', 'Float', 'Boolean', 'DateTime'].includes(scalar) ? scalar : 'String') as LeafKind;
  }

  /** A value a careful client could send: a real id, a date in the program, a short text. */
  private plausible(type: GraphQLInputType, kind: LeafKind, name: string): unknown {
    switch (kind) {
      case 'Enum':
        return isEnumType(type) ? this.pick(type.getValues()).value : 'UNKNOWN';
      case 'ID':
        return this.idFor(name);
      case 'Int':
        return this.pick([0, 1, 3, 5, 20, 50, 100]);
      case 'Float':
        return this.pick([0, 1.5, 40, 76.4, 100]);
      case 'Boolean':
        return this.random() < 0.5;
      case 'DateTime':
        return this.pick(['2027-05-03T09:00:00Z', '2027-06-15T13:30:00.000Z', '2027-01-04T00:00:00+01:00']);
      case 'Cursor':
        return cursorFor(`c:${Math.floor(this.random() * 10)}`);
      case 'String':
        return this.plausibleText(name);
    }
  }

  private idFor(name: string): string {
    const kind = name.replace(/Ids?$/, '').toLowerCase();
    const matching = this.ids[kind] ?? (name === 'id' ? undefined : this.ids['project']);
    const all = Object.values(this.ids).flat();
    return this.pick(matching && this.random() < 0.8 ? matching : all);
  }

  private plausibleText(name: string): string {
    const lower = name.toLowerCase();
    if (lower.includes('email')) return this.pick(['fuzz.member@example.test', 'someone@example.test', 'not an email']);
    if (lower.endsWith('date') || lower.endsWith('on') || lower === 'from' || lower === 'to') return this.pick(['2027-03-01', '2027-07-01', '2026-12-31']);
    if (lower === 'time') return this.pick(['10:00', '09:30', '24:00']);
    if (lower === 'timezone') return this.pick(['Europe/Berlin', 'UTC', 'Mars/Olympus']);
    if (lower === 'rolekey' || lower === 'key') return this.pick(['TRAINER', 'KEY_USER', 'BUSINESS_ANALYST', 'NOPE']);
    if (lower === 'csv') return 'title,department,priority\nPipeline,SALES,MUST\n';
    if (lower === 'password') return 'correct horse battery';
    return this.pick(['Fuzzed', 'Lead to cash', 'Ünïcødé ✓', '  padded  ', '=1+1', 'a']);
  }
}

/** The scalars and enums an input holds, nested inputs counted three levels deep. */
function leafCount(type: GraphQLInputType, depth: number): number {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return leafCount(inner.ofType, depth);
  if (!isInputObjectType(inner)) return 1;
  if (depth >= 3) return 0;
  return Object.values(inner.getFields()).reduce((n, field) => n + leafCount(field.type, depth + 1), 0);
}

interface Figures {
  requests: number;
  internal: number;
  http5xx: number;
  failures: Map<string, string>;
  /** Time spent on each operation, to show where the suite's time goes. */
  msByOperation: Map<string, number>;
}

describe('fuzzed requests from the schema', () => {
  let api: TestApp;
  let member: SignedIn;
  let schema: GraphQLSchema;
  let ids: IdPool;
  /** The seeded wave, whose calendar feed is fuzzed. */
  let waveId: string;

  beforeAll(async () => {
    api = await startTestApp();
    schema = api.app.get(GraphQLSchemaHost).schema;
    member = await api.signUp('Fuzz Member');
    const project = await createStandardProject(api, member.token);
    const p = project.id;
    const person = await createPerson(api, member.token, 'Fuzzed Person');
    const assignment = await assignRole(api, member.token, { projectId: p, roleKey: 'TRAINER', personId: person.id, allocationPercent: 20 });
    const made = await api.ok(
      `mutation($r: CreateRequirementInput!, $v: CreateVendorInput!, $c: CreateCriterionInput!, $pr: CreateProcessInput!, $w: CreateRolloutWaveInput!, $rk: CreateRiskInput!) {
        r: createRequirement(input: $r) { id } v: createVendor(input: $v) { id } c: createCriterion(input: $c) { id }
        pr: createProcess(input: $pr) { id } w: createRolloutWave(input: $w) { id readinessItems { id } } rk: createRisk(input: $rk) { id } }`,
      {
        r: { projectId: p, title: 'Pipeline view', department: 'SALES', priority: 'MUST' },
        v: { projectId: p, name: 'Acme' },
        c: { projectId: p, name: 'Fit', weight: 60 },
        pr: { projectId: p, name: 'Lead to cash', department: 'SALES' },
        w: { projectId: p, name: 'Wave A', scope: ['HQ'], goLiveDate: '2027-05-01', readinessItems: ['Data migrated'] },
        rk: { projectId: p, title: 'Key users too busy', likelihood: 3, impact: 4 },
      },
      member.token,
    );
    const session = await api.ok(
      'mutation($i: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $i) { id } }',
      { i: { waveId: made['w'].id, topic: 'Basics', startsAt: '2027-05-03T09:00:00Z', durationMinutes: 90, trainerId: person.id, inviteeIds: [person.id] } },
      member.token,
    );
    const reads = await api.ok(
      'query($p: ID!) { kpis(projectId: $p) { id } roles(projectId: $p) { id } tasks(projectId: $p, first: 20) { edges { node { id } } } }',
      { p },
      member.token,
    );
    waveId = made['w'].id;
    ids = {
      project: [p],
      phase: project.phases.map((phase) => phase.id),
      milestone: project.phases.flatMap((phase) => phase.milestones.map((milestone) => milestone.id)),
      criterion: [made['c'].id, ...project.phases.flatMap((phase) => phase.exitCriteria.map((criterion) => criterion.id))],
      task: reads['tasks'].edges.map((edge: { node: { id: string } }) => edge.node.id),
      dependson: reads['tasks'].edges.map((edge: { node: { id: string } }) => edge.node.id),
      person: [person.id],
      trainer: [person.id],
      invitee: [person.id],
      keyuser: [person.id],
      owner: [person.id],
      assignee: [person.id],
      assignment: [assignment.id],
      role: reads['roles'].map((role: { id: string }) => role.id),
      requirement: [made['r'].id],
      vendor: [made['v'].id],
      process: [made['pr'].id],
      wave: [made['w'].id],
      readinessitem: made['w'].readinessItems.map((item: { id: string }) => item.id),
      session: [session['scheduleTrainingSession'].id],
      kpi: reads['kpis'].map((kpi: { id: string }) => kpi.id),
      risk: [made['rk'].id],
      entity: [p, made['r'].id],
    };
  });
  afterAll(() => api.close());

  it(`answers ${REQUESTS} generated requests without INTERNAL_SERVER_ERROR or HTTP 5xx, and is alive afterwards`, async () => {
    const generator = new RequestGenerator(schema, ids, SEED);
    const operations = generator.operations();
    const schedule = generator.schedule();
    const figures: Figures = { requests: 0, internal: 0, http5xx: 0, failures: new Map(), msByOperation: new Map() };
    const started = Date.now();
    // Generated up front, in order, so the requests do not depend on which answer came first.
    const requests = Array.from({ length: REQUESTS }, (_, i) => {
      const { kind, field } = schedule[i % schedule.length] as (typeof schedule)[number];
      return generator.next(kind, field);
    });
    const note = (request: Generated, what: string) => {
      const key = `${request.operation} [${request.classes.join(', ') || 'no malformed value'}]`;
      if (!figures.failures.has(key)) figures.failures.set(key, `${what}; variables ${JSON.stringify(request.variables).slice(0, 300)}`);
    };
    const replays = REPLAYS.filter((r) => !(r.valueClass in KNOWN_UNFIXED) && !(`${r.operation}: ${r.valueClass}` in KNOWN_UNFIXED)).map((r) => ({
      operation: r.operation,
      document: r.document,
      variables: r.variables(ids),
      extensions: r.extensions,
      classes: [r.valueClass],
    }));
    requests.unshift(...replays);
    let nextIndex = 0;
    const worker = async () => {
      for (let request = requests[nextIndex++]; request; request = requests[nextIndex++]) {
        const sent = performance.now();
        const response = await api.client.postRaw(JSON.stringify({ query: request.document, variables: request.variables, extensions: request.extensions }), member.token);
        const text = await response.text();
        figures.requests += 1;
        figures.msByOperation.set(request.operation, (figures.msByOperation.get(request.operation) ?? 0) + performance.now() - sent);
        if (response.status >= 500) {
          figures.http5xx += 1;
          note(request, `HTTP ${response.status}: ${text.slice(0, 200)}`);
        }
        let body: { errors?: { message: string; extensions?: { code?: string } }[] } = {};
        try {
          body = JSON.parse(text);
        } catch {
          note(request, `HTTP ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
          continue;
        }
        const internal = body.errors?.find((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
        if (internal) {
          figures.internal += 1;
          note(request, `INTERNAL_SERVER_ERROR: ${internal.message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));

    const calendar = await fuzzCalendarFeed(api, waveId, randomFrom(SEED + 1));
    figures.requests += calendar.requests;
    figures.http5xx += calendar.http5xx;
    for (const [key, value] of calendar.failures) figures.failures.set(key, value);

    const database = process.env['TEST_DATABASE_URL'] ? 'PostgreSQL' : 'PGlite';
    console.log(
      `Fuzz on ${database}: ${figures.requests} requests over ${operations.length} operations in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
        `${figures.internal} INTERNAL_SERVER_ERROR, ${figures.http5xx} HTTP 5xx; slowest: ` +
        [...figures.msByOperation].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ') +
        (figures.failures.size ? `\n${[...figures.failures].map(([key, value]) => `- ${key}: ${value}`).join('\n')}` : ''),
    );

    const health = await fetch(`${api.url}/health`);
    // A fresh sign-in: the fuzz may well have called signOutEverywhere, which rightly ends the member's token.
    const again = await api.gql<{ signIn: { token: string } }>(
      'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      { input: { email: member.user.email, password: TEST_PASSWORD } },
    );
    const me = await api.gql('{ me { id } }', {}, again.data?.signIn.token);
    expect({ failures: [...figures.failures.keys()], alive: health.status === 200 && me.data?.me?.id === member.user.id }).toEqual({ failures: [], alive: true });
    expect(figures.requests).toBeGreaterThanOrEqual(REQUESTS);
  });
});

/**
 * The calendar feed is the one GET route that takes user input (the wave in the path, the token),
 * fuzzed with the URL-encoded forms of the same value classes; their names start with
 * "calendar feed: " so KNOWN_UNFIXED can leave one out here without leaving it out of GraphQL.
 */
const CALENDAR_VALUE_CLASSES: { name: string; values: string[] }[] = [
  { name: 'calendar feed: NUL byte', values: ['%00', 'a%00b'] },
  { name: 'calendar feed: invalid UTF-8 or lone surrogate', values: ['%FF', '%ED%A0%80', '%C0%AF'] },
  { name: 'calendar feed: 36 dashes', values: ['-'.repeat(36)] },
  { name: 'calendar feed: very long string', values: ['x'.repeat(5_000)] },
  { name: 'calendar feed: odd text', values: ['', 'true', '%E2%80%8B', '..%2F..%2Fetc%2Fpasswd'] },
];

async function fuzzCalendarFeed(api: TestApp, waveId: string, random: () => number): Promise<Pick<Figures, 'requests' | 'http5xx' | 'failures'>> {
  const classes = CALENDAR_VALUE_CLASSES.filter((c) => !(c.name in KNOWN_UNFIXED));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const figures = { requests: 0, http5xx: 0, failures: new Map<string, string>() };
  for (let i = 0; i < 40; i += 1) {
    const tokenClass = pick(classes);
    const waveClass = random() < 0.5 ? undefined : pick(classes);
    const wave = waveClass ? pick(waveClass.values) : waveId;
    const path = `/calendar/waves/${wave}.ics?token=${pick(tokenClass.values)}`;
    const response = await fetch(`${api.url}${path}`);
    await response.arrayBuffer();
    figures.requests += 1;
    if (response.status >= 500) {
      figures.http5xx += 1;
      const key = `GET /calendar/waves [${[tokenClass.name, waveClass?.name].filter(Boolean).join(', ')}]`;
      if (!figures.failures.has(key)) figures.failures.set(key, `HTTP ${response.status} for ${path.slice(0, 120)}`);
    }
  }
  return figures;
}
