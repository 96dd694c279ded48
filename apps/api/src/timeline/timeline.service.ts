import { Injectable } from '@nestjs/common';

import { daysLate, durationInWorkingDays, isOverdue, todayIso } from '@crm/domain';

import { ProjectAccess } from '../common/access/project-access';
import { badUserInput, notFound } from '../common/errors/app-error';
import { RequestLoaders } from '../common/graphql/request-loaders';
import { MilestoneStatus } from '../phases/models/phase.model';
import { programScheduleByProjectId } from '../planning/planning.loaders';
import { ProjectsRepository } from '../projects/projects.repository';
import { ProjectTimelineArgs } from './dto/timeline.args';
import { ProjectTimeline } from './models/timeline.model';
import { TimelineRepository, TimelineWindow } from './timeline.repository';

@Injectable()
export class TimelineService {
  constructor(
    private readonly timeline: TimelineRepository,
    private readonly projects: ProjectsRepository,
  ) {}

  /**
   * The timeline of one window, assembled in one pass over each kind of row. The task list is
   * capped: a window holding more says so (`truncated`) and the client offers a phase to narrow it,
   * rather than the server building and sending every task of a 200,000-task program. Slack and
   * the critical path come from the program's one schedule of the request (the same as
   * `criticalPath` and `Task.slackDays`), a fixed number of statements whatever the size.
   */
  async timelineOf(args: ProjectTimelineArgs, access: ProjectAccess, loaders: RequestLoaders): Promise<ProjectTimeline> {
    if (args.from && args.to && args.from > args.to) {
      throw badUserInput([{ field: 'to', message: 'The window must end on or after the day it starts (from).', code: 'WINDOW_ENDS_BEFORE_START' }]);
    }
    const window: TimelineWindow = { projectId: access.projectId, from: args.from ?? null, to: args.to ?? null, phaseId: args.phaseId ?? null };
    const project = await this.projects.find(access.projectId);
    const phases = await this.timeline.phases(access.projectId);
    // A phase of another program finds nothing here either, and answers the same.
    if (window.phaseId && !phases.some((phase) => phase.id === window.phaseId)) throw notFound('This phase');
    const milestones = await this.timeline.milestones(window);
    const counts = await this.timeline.taskCounts(window);
    const tasks = await this.timeline.tasks(window, args.maxTasks);
    const dependencies = await this.timeline.dependenciesAmong(tasks.map((task) => task.id));
    const schedule = await programScheduleByProjectId(loaders).load(access.projectId);
    const onPath = new Set(schedule?.path.taskIds ?? []);
    const today = todayIso();
    return {
      projectId: project.id,
      projectStart: project.start_date,
      projectEnd: project.target_go_live_date,
      phases: phases.map((p) => ({
        id: p.id,
        name: p.name,
        position: p.position,
        status: p.status,
        plannedStart: p.planned_start,
        plannedEnd: p.planned_end,
        version: p.version,
      })),
      milestones: milestones.map((m) => ({
        id: m.id,
        phaseId: m.phase_id,
        name: m.name,
        dueDate: m.due_date,
        status: m.status,
        overdue: daysLate(m.due_date, m.status === MilestoneStatus.DONE, today) > 0,
        version: m.version,
        ownerRoleKey: m.owner_role_key,
      })),
      tasks: tasks.map((t) => ({
        id: t.id,
        title: t.title,
        status: t.status,
        startDate: t.start_date,
        dueDate: t.due_date,
        overdue: isOverdue({ status: t.status, dueDate: t.due_date }, today),
        phaseId: t.phase_id,
        milestoneId: t.milestone_id,
        version: t.version,
        durationDays: t.duration_days ?? (t.start_date && schedule ? durationInWorkingDays(t.start_date, t.due_date, schedule.calendar) : null),
        slackDays: schedule?.slackById.get(t.id)?.slackDays ?? null,
        critical: onPath.has(t.id),
      })),
      dependencies: dependencies.map((d) => ({ taskId: d.task_id, dependsOnId: d.depends_on_id, lagDays: d.lag_days })),
      taskCount: counts.dated,
      truncated: counts.dated > tasks.length,
      undatedTaskCount: counts.undated,
    };
  }
}
