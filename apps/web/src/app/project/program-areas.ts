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
    label: $localize`:@@program.nav.groupProgram:Program`,
    areas: [
      { path: 'overview', label: $localize`:@@program.nav.overview:Overview` },
      { path: 'health', label: $localize`:@@program.nav.health:Health` },
      { path: 'kpis', label: $localize`:@@program.nav.kpis:KPIs` },
      { path: 'history', label: $localize`:@@program.nav.history:History` },
    ],
  },
  {
    label: $localize`:@@program.nav.groupPlan:Plan`,
    areas: [
      { path: 'board', label: $localize`:@@program.nav.board:Board` },
      { path: 'timeline', label: $localize`:@@program.nav.timeline:Timeline` },
      { path: 'team', label: $localize`:@@program.nav.team:Team` },
      { path: 'risks', label: $localize`:@@program.nav.risks:Risks` },
    ],
  },
  { label: $localize`:@@program.nav.groupNeedsAnalysis:Needs analysis`, areas: [{ path: 'requirements', label: $localize`:@@program.nav.requirements:Requirements` }] },
  { label: $localize`:@@program.nav.groupProcessRedesign:Process redesign`, areas: [{ path: 'processes', label: $localize`:@@program.nav.processes:Processes` }] },
  { label: $localize`:@@program.nav.groupTechnologySelection:Technology selection`, areas: [{ path: 'selection', label: $localize`:@@program.nav.selection:Vendor selection` }] },
  {
    label: $localize`:@@program.nav.groupPhasedRollout:Phased rollout`,
    areas: [
      { path: 'rollout', label: $localize`:@@program.nav.rollout:Waves` },
      { path: 'hypercare', label: $localize`:@@program.nav.hypercare:Hypercare` },
    ],
  },
  { label: $localize`:@@program.nav.groupTraining:Training & adoption`, areas: [{ path: 'training', label: $localize`:@@program.nav.training:Training` }] },
  {
    label: $localize`:@@program.nav.groupAdministration:Administration`,
    areas: [
      { path: 'settings', label: $localize`:@@program.nav.settings:Settings` },
      { path: 'trash', label: $localize`:@@program.nav.trash:Trash` },
    ],
  },
];
