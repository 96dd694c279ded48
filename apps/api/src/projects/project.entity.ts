import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum ProjectStatus {
  ACTIVE = 'ACTIVE',
  ON_HOLD = 'ON_HOLD',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

@Entity('projects')
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'crm_product', type: 'text' })
  crmProduct: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'target_go_live_date', type: 'date' })
  targetGoLiveDate: string;

  @Column({ type: 'text', default: ProjectStatus.ACTIVE })
  status: ProjectStatus;

  /** Bumped by every update; an update that names an older version is refused. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
