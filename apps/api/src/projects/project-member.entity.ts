import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

import { ProjectPermission } from '../common/access/project-access';

export { ProjectPermission };

@Entity('project_members')
export class ProjectMemberEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  permission: ProjectPermission;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
