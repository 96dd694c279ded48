import type { BoardContextQuery, BoardTaskFragment } from '@crm/graphql-client';

/** A task as the API returns it on the board, with typenames so Apollo's cache stores it faithfully. */
export function boardTask(overrides: Partial<BoardTaskFragment> & { id: string }): BoardTaskFragment {
  return {
    __typename: 'Task',
    title: `Task ${overrides.id}`,
    description: '',
    status: 'TODO',
    priority: 'MEDIUM',
    dueDate: null,
    startDate: null,
    estimateHours: null,
    version: 1,
    overdue: false,
    role: { __typename: 'Role', id: 'role-ba', key: 'BUSINESS_ANALYST', name: 'Business analyst' },
    owner: { __typename: 'Person', id: 'ana', name: 'Ana Ortiz' },
    ownerSource: 'ROLE',
    assignee: null,
    phase: { __typename: 'Phase', id: 'phase-1', name: 'Needs analysis' },
    milestone: null,
    waveId: null,
    dependsOnIds: [],
    dependencies: [],
    waitingFor: [],
    ...overrides,
  } as unknown as BoardTaskFragment;
}

export function boardContext(permission: 'OWNER' | 'EDITOR' | 'VIEWER' = 'EDITOR'): BoardContextQuery {
  return {
    project: {
      __typename: 'Project',
      id: 'p1',
      myPermission: permission,
      phases: [{ __typename: 'Phase', id: 'phase-1', name: 'Needs analysis', kind: 'NEEDS_ANALYSIS' }],
      milestones: [],
    },
    roles: [
      {
        __typename: 'Role',
        id: 'role-ba',
        key: 'BUSINESS_ANALYST',
        name: 'Business analyst',
        primaryHolder: { __typename: 'Person', id: 'ana', name: 'Ana Ortiz' },
        holders: [{ __typename: 'RoleAssignment', id: 'ra-1', person: { __typename: 'Person', id: 'ana', name: 'Ana Ortiz' } }],
      },
      { __typename: 'Role', id: 'role-tr', key: 'TRAINER', name: 'Trainer', primaryHolder: null, holders: [] },
    ],
    rolloutWaves: [
      { __typename: 'RolloutWave', id: 'wave-nordics', name: 'Nordics' },
      { __typename: 'RolloutWave', id: 'wave-benelux', name: 'Benelux' },
    ],
  } as unknown as BoardContextQuery;
}

export function taskPage(tasks: BoardTaskFragment[], totalCount = tasks.length, endCursor: string | null = null) {
  return {
    tasks: {
      __typename: 'TaskConnection',
      edges: tasks.map((node) => ({ __typename: 'TaskEdge', node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: totalCount > tasks.length, endCursor },
      totalCount,
    },
  };
}
