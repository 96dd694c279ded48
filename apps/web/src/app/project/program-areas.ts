/** One page of a program, as the side navigation links it. */
export interface ProgramArea {
  /** The route under /projects/:projectId, also the end of the link's test id. */
  path: string;
  label: string;
}

export interface ProgramAreaGroup {
  label: string;
  areas: readonly ProgramArea[];
}

/**
 * The program's pages grouped the way a program runs: the program as a whole first, then its plan,
 * then the phases of the standard template in their order (DESIGN.md), and its administration
 * last. Communications and adoption live on the rollout and training pages, so they have no link
 * of their own.
 */
export const PROGRAM_AREA_GROUPS: readonly ProgramAreaGroup[] = [
  {
    label: 'Program',
    areas: [
      { path: 'overview', label: 'Overview' },
      { path: 'health', label: 'Health' },
      { path: 'kpis', label: 'KPIs' },
      { path: 'history', label: 'History' },
    ],
  },
  {
    label: 'Plan',
    areas: [
      { path: 'board', label: 'Board' },
      { path: 'timeline', label: 'Timeline' },
      { path: 'team', label: 'Team' },
      { path: 'risks', label: 'Risks' },
    ],
  },
  { label: 'Needs analysis', areas: [{ path: 'requirements', label: 'Requirements' }] },
  { label: 'Process redesign', areas: [{ path: 'processes', label: 'Processes' }] },
  { label: 'Technology selection', areas: [{ path: 'selection', label: 'Vendor selection' }] },
  {
    label: 'Phased rollout',
    areas: [
      { path: 'rollout', label: 'Waves' },
      { path: 'hypercare', label: 'Hypercare' },
    ],
  },
  { label: 'Training & adoption', areas: [{ path: 'training', label: 'Training' }] },
  {
    label: 'Administration',
    areas: [
      { path: 'settings', label: 'Settings' },
      { path: 'trash', label: 'Trash' },
    ],
  },
];
