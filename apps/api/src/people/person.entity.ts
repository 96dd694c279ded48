import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('people')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored normalised; a user account with the same email is this person. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  department: string | null;

  @Column({ name: 'business_unit', type: 'text', nullable: true })
  businessUnit: string | null;

  @Column({ name: 'capacity_hours_per_week', type: 'numeric', default: 40 })
  capacityHoursPerWeek: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
