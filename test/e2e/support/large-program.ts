import { GraphQLClient, Session } from '../../support/graphql-client';

/**
 * A program of many tasks seeded through the public API, for the journeys and the web figures that
 * need more than the standard template's 36: dated around today over the five phases, in every
 * status, with every other to-do task waiting for the one before.
 */

/** The API's alias limit per document (graphql-options.ts). */
const PER_REQUEST = 15;
const ROLES = ['BUSINESS_ANALYST', 'TRAINER', 'CRM_ADMIN', 'PROJECT_MANAGER'];
const STATUSES = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'TODO', 'TODO'];

const isoDaysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export interface Program {
  projectId: string;
  session: Session;
}

/** One program of `tasks` tasks over its five phases, dated around today, with a dependency on every other to-do task. */
export async function seedProgram(api: GraphQLClient, tasks: number): Promise<Program> {
  const session = await api.signUp('Web Bench Manager');
  const client = api.as(session.token);
  const { createProject } = await client.ok<{ createProject: { id: string; phases: { id: string }[] } }>(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id phases { id } } }`,
    { input: { name: 'Web bench program', crmProduct: 'Salesforce', startDate: isoDaysFromToday(-120), targetGoLiveDate: isoDaysFromToday(300) } },
  );
  const phases = createProject.phases.map((phase) => phase.id);
  let previousTodo: string | null = null;
  for (let start = 0; start < tasks; start += PER_REQUEST) {
    const inputs: Record<string, unknown>[] = [];
    for (let i = start; i < Math.min(tasks, start + PER_REQUEST); i += 1) {
      const status = STATUSES[i % STATUSES.length];
      const first = -100 + Math.floor((i * 400) / tasks);
      inputs.push({
        projectId: createProject.id,
        phaseId: phases[Math.floor((i * phases.length) / tasks)],
        title: `Bench task ${String(i + 1).padStart(4, '0')} ${i % 7 === 0 ? 'with a rather longer title that wraps on a narrow card' : ''}`.trim(),
        roleKey: ROLES[i % ROLES.length],
        status,
        startDate: i % 5 === 0 ? undefined : isoDaysFromToday(first),
        dueDate: isoDaysFromToday(first + 3 + (i % 20)),
        dependsOnIds: status === 'TODO' && previousTodo && i % 2 === 0 ? [previousTodo] : undefined,
      });
    }
    const variables = Object.fromEntries(inputs.map((input, n) => [`i${n}`, input]));
    const batch = `mutation(${inputs.map((_, n) => `$i${n}: CreateTaskInput!`).join(', ')}) { ${inputs
      .map((_, n) => `t${n}: createTask(input: $i${n}) { id status }`)
      .join(' ')} }`;
    const created = await client.ok<Record<string, { id: string; status: string }>>(batch, variables);
    for (let n = 0; n < inputs.length; n += 1) if (created[`t${n}`].status === 'TODO') previousTodo = created[`t${n}`].id;
  }
  return { projectId: createProject.id, session };
}
