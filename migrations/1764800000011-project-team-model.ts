import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How a program organises its CRM team: one central team, teams in the business units, or both.
 * Null until someone says; programs made before this column have not said.
 */
export class ProjectTeamModel1764800000011 implements MigrationInterface {
  name = 'ProjectTeamModel1764800000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE projects ADD COLUMN team_model text CHECK (team_model IN ('CENTRALIZED', 'DECENTRALIZED', 'HYBRID'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE projects DROP COLUMN team_model');
  }
}
