import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { MilestoneStatus, PhaseStatus } from '../../phases/models/phase.model';
import { TaskStatus } from '../../tasks/models/task.model';

@ObjectType({ description: 'A phase as the timeline draws it: its planned bar.' })
export class TimelinePhaseRow {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int) position: number;
  @Field(() => PhaseStatus) status: PhaseStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) plannedStart: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) plannedEnd: string | null;
  @Field(() => Int, { description: 'The version an edit of the phase sends back.' }) version: number;
}

@ObjectType()
export class TimelineMilestoneRow {
  @Field(() => ID) id: string;
  @Field(() => ID) phaseId: string;
  @Field() name: string;
  @Field({ description: 'YYYY-MM-DD' }) dueDate: string;
  @Field(() => MilestoneStatus) status: MilestoneStatus;
  @Field() overdue: boolean;
  @Field(() => Int, { description: 'The version an edit of the milestone sends back.' }) version: number;
  @Field(() => String, { nullable: true, description: 'The role reminded of the milestone; null means the project manager.' }) ownerRoleKey: string | null;
}

@ObjectType({ description: 'A dated task as the timeline draws it.' })
export class TimelineTaskRow {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => TaskStatus) status: TaskStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startDate: string | null;
  @Field({ description: 'YYYY-MM-DD; the timeline holds dated tasks only.' }) dueDate: string;
  @Field() overdue: boolean;
  @Field(() => ID) phaseId: string;
  @Field(() => ID, { nullable: true }) milestoneId: string | null;
  @Field(() => Int, { description: 'The version a drag or an edit of the task sends back.' }) version: number;
  @Field(() => Int, { nullable: true, description: 'Working days, start and due day counted: the recorded duration, else what the dates span; null with a due date only.' })
  durationDays: number | null;
  @Field(() => Int, { nullable: true, description: 'Working days the task can slip without moving the end of the program (the program’s schedule); null if it has none.' })
  slackDays: number | null;
  @Field({ description: 'True when the task is on the program’s critical path.' }) critical: boolean;
}

@ObjectType({ description: 'One edge between two tasks of the answer: `taskId` waits for `dependsOnId`.' })
export class TimelineDependencyRow {
  @Field(() => ID) taskId: string;
  @Field(() => ID) dependsOnId: string;
  @Field(() => Int, { description: 'Working days `taskId` waits after `dependsOnId` finishes; negative overlaps it.' }) lagDays: number;
}

@ObjectType({ description: 'Everything the timeline draws for a window of a project, in one answer.' })
export class ProjectTimeline {
  @Field(() => ID) projectId: string;
  @Field({ description: 'YYYY-MM-DD' }) projectStart: string;
  @Field({ description: 'YYYY-MM-DD' }) projectEnd: string;
  @Field(() => [TimelinePhaseRow], { description: 'Every phase of the project, in order, whatever the window.' })
  phases: TimelinePhaseRow[];
  @Field(() => [TimelineMilestoneRow]) milestones: TimelineMilestoneRow[];
  @Field(() => [TimelineTaskRow], { description: 'Dated tasks in the window, earliest first, at most `maxTasks` of them.' })
  tasks: TimelineTaskRow[];
  @Field(() => [TimelineDependencyRow], { description: 'Dependencies whose two tasks are both in `tasks`.' })
  dependencies: TimelineDependencyRow[];
  @Field(() => Int, { description: 'Dated tasks in the window, including those left out when truncated.' })
  taskCount: number;
  @Field({ description: 'True when the window holds more dated tasks than were sent.' })
  truncated: boolean;
  @Field(() => Int, { description: 'Tasks (of the phase, if one was picked) without a due date, which the timeline cannot place.' })
  undatedTaskCount: number;
}
