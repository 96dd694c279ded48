import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comments on a program's records, their edit history and who they mention. The subject is
 * polymorphic (a task, milestone, risk, requirement, process or training session), so it has no
 * foreign key: the trash takes a subject's comments along by `(subject_type, subject_id)`
 * (`POLYMORPHIC_CHILDREN` in trash-kinds.ts) and puts them back on restore.
 */
export class Comments1765000000400 implements MigrationInterface {
  name = 'Comments1765000000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL,
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        subject_type text NOT NULL CHECK (subject_type IN ('TASK', 'MILESTONE', 'RISK', 'REQUIREMENT', 'PROCESS', 'TRAINING_SESSION')),
        subject_id uuid NOT NULL,
        author_user_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        -- A removed comment keeps its place in the thread but not its text.
        CONSTRAINT comments_body_length CHECK (CASE WHEN deleted_at IS NULL THEN char_length(body) BETWEEN 1 AND 10000 ELSE body = '' END)
      )`);
    // The thread, oldest first, paged by seq; the per-subject count reads the same index.
    await q.query('CREATE UNIQUE INDEX comments_subject_seq_key ON comments (subject_type, subject_id, seq)');
    await q.query('CREATE INDEX comments_project_idx ON comments (project_id)');
    await q.query('CREATE INDEX comments_author_idx ON comments (author_user_id)');

    await q.query(`
      CREATE TABLE comment_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL,
        comment_id uuid NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        body text NOT NULL,
        -- When this body was replaced by the next one.
        edited_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX comment_revisions_comment_idx ON comment_revisions (comment_id, seq)');

    // A person or a role, never both. A mention goes with a removed person or custom role (and
    // comes back with them): the trash follows these cascades.
    await q.query(`
      CREATE TABLE comment_mentions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        comment_id uuid NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
        person_id uuid REFERENCES people(id) ON DELETE CASCADE,
        role_id uuid REFERENCES roles(id) ON DELETE CASCADE,
        CONSTRAINT comment_mentions_one_target CHECK (num_nonnulls(person_id, role_id) = 1),
        CONSTRAINT comment_mentions_person_key UNIQUE (comment_id, person_id),
        CONSTRAINT comment_mentions_role_key UNIQUE (comment_id, role_id)
      )`);
    await q.query('CREATE INDEX comment_mentions_person_idx ON comment_mentions (person_id) WHERE person_id IS NOT NULL');
    await q.query('CREATE INDEX comment_mentions_role_idx ON comment_mentions (role_id) WHERE role_id IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE comment_mentions');
    await q.query('DROP TABLE comment_revisions');
    await q.query('DROP TABLE comments');
  }
}
