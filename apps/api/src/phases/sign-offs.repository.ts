import { DataSource, EntityManager } from 'typeorm';

import { GateEvidence } from '@crm/domain';

export interface SignOffRow {
  criterion_id: string;
  person_id: string;
  person_name: string;
  user_id: string | null;
  comment: string;
  evidence: GateEvidence[];
  evidence_key: string;
  signed_at: Date;
}

/** The exit_criterion_sign_offs table, and only this file writes it. */
export class SignOffsRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  async ofCriteria(criterionIds: readonly string[]): Promise<Map<string, SignOffRow>> {
    if (criterionIds.length === 0) return new Map();
    const rows: SignOffRow[] = await this.db.query(
      `SELECT s.*, p.name AS person_name FROM exit_criterion_sign_offs s JOIN people p ON p.id = s.person_id WHERE s.criterion_id = ANY($1)`,
      [[...criterionIds]],
    );
    return new Map(rows.map((r) => [r.criterion_id, r]));
  }

  async roleNames(roleIds: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.db.query('SELECT id, name FROM roles WHERE id = ANY($1)', [[...roleIds]]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /**
   * The person in the program's organisation whose email is the account's and who holds the role
   * in the program (primary or not); none when the account holds no such place.
   */
  async signerPersonId(roleId: string, userId: string): Promise<string | null> {
    const rows: { person_id: string }[] = await this.db.query(
      `SELECT a.person_id FROM role_assignments a
       JOIN roles r ON r.id = a.role_id JOIN projects pr ON pr.id = r.project_id
       JOIN people p ON p.id = a.person_id AND p.organisation_id = pr.organisation_id
       JOIN users u ON lower(u.email) = p.email
       WHERE a.role_id = $1 AND u.id = $2 ORDER BY a.is_primary DESC LIMIT 1`,
      [roleId, userId],
    );
    return rows[0]?.person_id ?? null;
  }

  /** A new sign-off replaces the one before: the latest signature is the one that counts. */
  async upsert(s: { criterionId: string; personId: string; userId: string; comment: string; evidence: GateEvidence[]; evidenceKey: string }): Promise<void> {
    await this.db.query(
      `INSERT INTO exit_criterion_sign_offs (criterion_id, person_id, user_id, comment, evidence, evidence_key)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6)
       ON CONFLICT (criterion_id) DO UPDATE SET person_id = EXCLUDED.person_id, user_id = EXCLUDED.user_id, comment = EXCLUDED.comment,
         evidence = EXCLUDED.evidence, evidence_key = EXCLUDED.evidence_key, signed_at = now()`,
      [s.criterionId, s.personId, s.userId, s.comment, JSON.stringify(s.evidence), s.evidenceKey],
    );
  }

  async remove(criterionId: string): Promise<void> {
    await this.db.query('DELETE FROM exit_criterion_sign_offs WHERE criterion_id = $1', [criterionId]);
  }
}
