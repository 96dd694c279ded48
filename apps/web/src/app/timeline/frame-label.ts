/**
 * What a screen reader hears of the chart as a whole. `$localize` has no plural, so each count has a
 * sentence for one and one for many; Dutch and Italian then never read "1 fasen" or "1 fasi".
 */
export function chartFrameLabel(phases: number, milestones: number, tasks: number): string {
  const phaseCount = phases === 1 ? $localize`:@@timeline.page.framePhase:1 phase` : $localize`:@@timeline.page.framePhases:${phases}:count: phases`;
  const milestoneCount =
    milestones === 1 ? $localize`:@@timeline.page.frameMilestone:1 milestone` : $localize`:@@timeline.page.frameMilestones:${milestones}:count: milestones`;
  const taskCount = tasks === 1 ? $localize`:@@timeline.page.frameTask:1 task` : $localize`:@@timeline.page.frameTasks:${tasks}:count: tasks`;
  return $localize`:@@timeline.page.frameLabel:Timeline of ${phaseCount}:phases:, ${milestoneCount}:milestones: and ${taskCount}:tasks:`;
}
