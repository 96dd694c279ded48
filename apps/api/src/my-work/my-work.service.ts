import { Injectable } from '@nestjs/common';

import { localDate, normalizeEmail, ownerFor } from '@crm/domain';

import { ProjectPermission } from '../common/access/project-access';
import { AuthUser } from '../common/auth/current-user';
import { PeopleRepository } from '../people/people.repository';
import { TasksRepository } from '../tasks/tasks.repository';
import { MY_WORK_LIMIT_PER_KIND, MyWorkItemModel, MyWorkKind, MyWorkModel, MyWorkReason } from './models/my-work.model';
import { MyWorkRepository } from './my-work.repository';

const NO_LINKS = { phaseId: null, waveId: null, startsAt: null, timeZone: null };


/**
 * "My work": the open work of the signed-in user's person across every program they are a member
 * of. The same number of statements whatever the number of programs or items: the programs, the
 * person, then tasks, sessions, risks and milestones side by side.
 */
@Injectable()
export class MyWorkService {
  constructor(
    private readonly myWork: MyWorkRepository,
    private readonly people: PeopleRepository,
    private readonly tasks: TasksRepository,
  ) {}

  async of(user: AuthUser): Promise<MyWorkModel> {
    const person = await this.people.byEmail(user.organisationId, normalizeEmail(user.email));
    const personId = person?.id ?? null;
    const programs = await this.myWork.programsOf(user.id, personId);
    if (programs.length === 0) return { items: [], truncatedKinds: [] };
    const programById = new Map(programs.map((p) => [p.id, p]));
    const programIds = programs.map((p) => p.id);
    const milestoneProgramIds = programs.filter((p) => p.permission === ProjectPermission.OWNER || p.holds_a_role).map((p) => p.id);
    const limit = MY_WORK_LIMIT_PER_KIND + 1;

    const [tasks, sessions, risks, milestones] = await Promise.all([
      personId ? this.tasks.ownedBy(personId, user.id, false, limit, programIds) : [],
      personId ? this.myWork.upcomingSessionsOf(personId, programIds, limit) : [],
      personId ? this.myWork.openRisksOwnedBy(personId, programIds, limit) : [],
      milestoneProgramIds.length ? this.myWork.openMilestonesOf(milestoneProgramIds, limit) : [],
    ]);

    const truncatedKinds: MyWorkKind[] = [];
    const shown = <T>(kind: MyWorkKind, rows: T[]): T[] => {
      if (rows.length <= MY_WORK_LIMIT_PER_KIND) return rows;
      truncatedKinds.push(kind);
      return rows.slice(0, MY_WORK_LIMIT_PER_KIND);
    };
    const project = (projectId: string) => ({ projectId, projectName: programById.get(projectId)!.name });
    const items: MyWorkItemModel[] = [];

    for (const t of shown(MyWorkKind.TASK, tasks)) {
      const owner = ownerFor({ roleId: t.role_id, assigneeId: t.assignee_id }, () => t.primary_holder_id);
      items.push({
        ...NO_LINKS,
        kind: MyWorkKind.TASK,
        id: t.id,
        title: t.title,
        ...project(t.project_id),
        dueDate: t.due_date,
        status: t.status,
        reason: owner.source === 'ASSIGNEE' ? MyWorkReason.ASSIGNED : MyWorkReason.ROLE,
        phaseId: t.phase_id,
      });
    }
    for (const s of shown(MyWorkKind.TRAINING_SESSION, sessions)) {
      items.push({
        ...NO_LINKS,
        kind: MyWorkKind.TRAINING_SESSION,
        id: s.id,
        title: s.topic,
        ...project(s.project_id),
        dueDate: localDate(s.starts_at, s.time_zone),
        status: s.status,
        reason: s.as_trainer ? MyWorkReason.TRAINER : MyWorkReason.ATTENDEE,
        waveId: s.wave_id,
        startsAt: s.starts_at,
        timeZone: s.time_zone,
      });
    }
    for (const r of shown(MyWorkKind.RISK, risks)) {
      items.push({
        ...NO_LINKS,
        kind: MyWorkKind.RISK,
        id: r.id,
        title: r.title,
        ...project(r.project_id),
        dueDate: null,
        status: r.status,
        reason: r.as_owner ? MyWorkReason.ASSIGNED : MyWorkReason.ROLE,
      });
    }
    for (const m of shown(MyWorkKind.MILESTONE, milestones)) {
      items.push({
        ...NO_LINKS,
        kind: MyWorkKind.MILESTONE,
        id: m.id,
        title: m.name,
        ...project(m.project_id),
        dueDate: m.due_date,
        status: m.status,
        reason: programById.get(m.project_id)!.permission === ProjectPermission.OWNER ? MyWorkReason.PROGRAM_OWNER : MyWorkReason.TEAM_MEMBER,
        phaseId: m.phase_id,
      });
    }
    return { items, truncatedKinds };
  }
}
