import { MigrationInterface, QueryRunner } from 'typeorm';

interface Edge {
  a: string;
  b: string;
}

/**
 * Organisations: the boundary around accounts, people and programs.
 *
 * Existing data moves into organisations by who works with whom: accounts, programs and people that
 * are linked (a member or creator of a program, a person created by an account or named anywhere
 * in a program) end up in one organisation. Nobody loses access to anything they could reach, and
 * no row is copied, because one account belongs to exactly one organisation. The first account of
 * each group (by sign-up date) becomes its ADMIN.
 */
export class Organisations1764900000000 implements MigrationInterface {
  name = 'Organisations1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (btrim(name) <> ''),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        password_sign_in boolean NOT NULL DEFAULT true,
        sso_issuer text,
        sso_client_id text,
        sso_client_secret text,
        sso_allowed_domains text[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Password sign-in can only be turned off once someone can sign in another way.
        CHECK (password_sign_in OR sso_issuer IS NOT NULL)
      )`);
    await q.query('ALTER TABLE users ADD COLUMN organisation_id uuid REFERENCES organisations(id)');
    await q.query(`ALTER TABLE users ADD COLUMN organisation_role text NOT NULL DEFAULT 'MEMBER' CHECK (organisation_role IN ('ADMIN', 'MEMBER'))`);
    await q.query('ALTER TABLE users ADD COLUMN deactivated_at timestamptz');
    // Bumped to end every session of the account at once (sign out everywhere, a new password, deactivation).
    await q.query('ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 1');
    await q.query('ALTER TABLE users ADD COLUMN locale text');
    await q.query('ALTER TABLE users ADD COLUMN time_zone text');
    await q.query('ALTER TABLE users ADD COLUMN version integer NOT NULL DEFAULT 1');
    // An account made by single sign-on has no password of its own.
    await q.query('ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL');
    await q.query('ALTER TABLE projects ADD COLUMN organisation_id uuid REFERENCES organisations(id)');
    await q.query('ALTER TABLE people ADD COLUMN organisation_id uuid REFERENCES organisations(id)');

    await this.moveExistingData(q);

    await q.query('ALTER TABLE users ALTER COLUMN organisation_id SET NOT NULL');
    await q.query('ALTER TABLE projects ALTER COLUMN organisation_id SET NOT NULL');
    await q.query('ALTER TABLE people ALTER COLUMN organisation_id SET NOT NULL');
    await q.query('CREATE INDEX users_organisation_idx ON users (organisation_id)');
    await q.query('CREATE INDEX projects_organisation_idx ON projects (organisation_id)');
    // One directory per organisation: the same email may be a person in two organisations.
    await q.query('ALTER TABLE people DROP CONSTRAINT people_email_key');
    await q.query('ALTER TABLE people ADD CONSTRAINT people_organisation_email_key UNIQUE (organisation_id, email)');

    await q.query(`
      CREATE TABLE organisation_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(btrim(email))),
        role text NOT NULL CHECK (role IN ('ADMIN', 'MEMBER')),
        project_id uuid REFERENCES projects(id) ON DELETE CASCADE,
        permission text CHECK (permission IN ('OWNER', 'EDITOR', 'VIEWER')),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'REVOKED')),
        invited_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz NOT NULL DEFAULT now(),
        answered_at timestamptz,
        accepted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        CHECK ((project_id IS NULL) = (permission IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX organisation_invitations_one_pending ON organisation_invitations (organisation_id, email, project_id) NULLS NOT DISTINCT WHERE status = 'PENDING'`);
    await q.query('CREATE INDEX organisation_invitations_sent_idx ON organisation_invitations (invited_by, created_at)');

    // Single-use links mailed for account care: confirming a sign-up, resetting a password.
    await q.query(`
      CREATE TABLE account_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purpose text NOT NULL CHECK (purpose IN ('SIGN_UP', 'PASSWORD_RESET')),
        token_hash text NOT NULL UNIQUE,
        email text NOT NULL CHECK (email = lower(btrim(email))),
        user_id uuid REFERENCES users(id) ON DELETE CASCADE,
        payload jsonb NOT NULL DEFAULT '{}',
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX account_tokens_expiry_idx ON account_tokens (expires_at)');

    // Every mail the installation sends; without SMTP it stays here for admins to read.
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid REFERENCES organisations(id) ON DELETE CASCADE,
        kind text NOT NULL,
        to_email text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query('CREATE INDEX mail_outbox_organisation_idx ON mail_outbox (organisation_id, created_at DESC)');
    await q.query('CREATE INDEX mail_outbox_unsent_idx ON mail_outbox (created_at) WHERE sent_at IS NULL');

    // An SSO sign-in between leaving for the provider and coming back: state, PKCE verifier, nonce.
    await q.query(`
      CREATE TABLE sso_logins (
        state text PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        code_verifier text NOT NULL,
        nonce text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
  }

  private async moveExistingData(q: QueryRunner): Promise<void> {
    const users: { id: string; name: string }[] = await q.query('SELECT id, name FROM users ORDER BY created_at, id');
    const projects: { id: string }[] = await q.query('SELECT id FROM projects ORDER BY created_at, id');
    const people: { id: string }[] = await q.query('SELECT id FROM people ORDER BY created_at, id');
    if (users.length + projects.length + people.length === 0) return;

    const edges: Edge[] = [
      ...(await q.query(`SELECT 'u' || user_id AS a, 'p' || project_id AS b FROM project_members`)),
      ...(await q.query(`SELECT 'u' || created_by AS a, 'p' || id AS b FROM projects`)),
      ...(await q.query(`SELECT 'u' || created_by AS a, 'h' || id AS b FROM people WHERE created_by IS NOT NULL`)),
      ...(await q.query(`SELECT 'u' || invited_by AS a, 'p' || project_id AS b FROM project_invitations`)),
    ];
    // Every column that names a person, found in the catalog so a table added later is not missed.
    const references: { table_name: string; column_name: string }[] = await q.query(`
      SELECT cl.relname AS table_name, att.attname AS column_name
      FROM pg_constraint con
      JOIN pg_class cl ON cl.oid = con.conrelid
      JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = con.conkey[1]
      WHERE con.contype = 'f' AND con.confrelid = 'people'::regclass`);
    for (const { table_name: table, column_name: column } of references) {
      const [hasProject] = await q.query(`SELECT 1 FROM information_schema.columns WHERE table_name = $1 AND column_name = 'project_id'`, [table]);
      if (hasProject) {
        edges.push(...(await q.query(`SELECT DISTINCT 'h' || "${column}" AS a, 'p' || project_id AS b FROM "${table}" WHERE "${column}" IS NOT NULL`)));
        continue;
      }
      // A row of a program's record without project_id of its own (a wave's key users, a
      // session's attendance, a usage review) is placed by the parent it references.
      const [parent]: { column_name: string; parent_table: string; parent_column: string }[] = await q.query(
        `SELECT att.attname AS column_name, pcl.relname AS parent_table, patt.attname AS parent_column
         FROM pg_constraint con
         JOIN pg_class cl ON cl.oid = con.conrelid
         JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = con.conkey[1]
         JOIN pg_class pcl ON pcl.oid = con.confrelid
         JOIN pg_attribute patt ON patt.attrelid = con.confrelid AND patt.attnum = con.confkey[1]
         WHERE con.contype = 'f' AND cardinality(con.conkey) = 1 AND cl.relname = $1
           AND EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_name = pcl.relname AND c.column_name = 'project_id')
         ORDER BY att.attname LIMIT 1`,
        [table],
      );
      if (!parent) throw new Error(`Organisations migration: ${table}.${column} names a person but ${table} has no project_id, nor a parent with one, to place it by.`);
      edges.push(
        ...(await q.query(
          `SELECT DISTINCT 'h' || t."${column}" AS a, 'p' || p.project_id AS b
           FROM "${table}" t JOIN "${parent.parent_table}" p ON p."${parent.parent_column}" = t."${parent.column_name}"
           WHERE t."${column}" IS NOT NULL`,
        )),
      );
    }

    const parent = new Map<string, string>();
    const find = (x: string): string => {
      let root = x;
      while (parent.get(root) !== root) root = parent.get(root)!;
      parent.set(x, root);
      return root;
    };
    for (const node of [...users.map((u) => 'u' + u.id), ...projects.map((p) => 'p' + p.id), ...people.map((h) => 'h' + h.id)]) parent.set(node, node);
    for (const { a, b } of edges) {
      if (!parent.has(a) || !parent.has(b)) continue;
      const [ra, rb] = [find(a), find(b)];
      if (ra !== rb) parent.set(rb, ra);
    }

    const groups = new Map<string, { users: string[]; projects: string[]; people: string[] }>();
    const groupOf = (node: string) => {
      const root = find(node);
      if (!groups.has(root)) groups.set(root, { users: [], projects: [], people: [] });
      return groups.get(root)!;
    };
    users.forEach((u) => groupOf('u' + u.id).users.push(u.id));
    projects.forEach((p) => groupOf('p' + p.id).projects.push(p.id));
    people.forEach((h) => groupOf('h' + h.id).people.push(h.id));

    // A group without any account (people nobody created, programs nobody is in) joins the
    // first group that has one, so nothing is left without an organisation.
    const withAccounts = [...groups.values()].filter((g) => g.users.length > 0);
    const orphans = [...groups.values()].filter((g) => g.users.length === 0);
    if (withAccounts.length === 0) withAccounts.push({ users: [], projects: [], people: [] });
    for (const orphan of orphans) {
      withAccounts[0].projects.push(...orphan.projects);
      withAccounts[0].people.push(...orphan.people);
    }

    const names = new Map(users.map((u) => [u.id, u.name]));
    let n = 0;
    for (const group of withAccounts) {
      n += 1;
      const first = group.users[0];
      const name = first ? `${names.get(first)}'s organisation` : 'Organisation';
      const [org]: { id: string }[] = await q.query('INSERT INTO organisations (name, slug) VALUES ($1, $2) RETURNING id', [name, `organisation-${n}`]);
      await q.query('UPDATE users SET organisation_id = $1 WHERE id = ANY($2)', [org.id, group.users]);
      if (first) await q.query(`UPDATE users SET organisation_role = 'ADMIN' WHERE id = $1`, [first]);
      await q.query('UPDATE projects SET organisation_id = $1 WHERE id = ANY($2)', [org.id, group.projects]);
      await q.query('UPDATE people SET organisation_id = $1 WHERE id = ANY($2)', [org.id, group.people]);
    }

    // A person waiting in the trash comes back with an organisation: the one of who removed them.
    await q.query(`
      UPDATE trash_entries t SET rows = (
        SELECT jsonb_agg(CASE WHEN g->>'table' = 'people'
          THEN jsonb_set(g, '{rows}', (SELECT jsonb_agg(r || jsonb_build_object('organisation_id', o.id)) FROM jsonb_array_elements(g->'rows') r))
          ELSE g END ORDER BY ord)
        FROM jsonb_array_elements(t.rows) WITH ORDINALITY AS e(g, ord))
      FROM (SELECT t2.id AS entry_id, COALESCE(u.organisation_id, (SELECT id FROM organisations ORDER BY created_at, id LIMIT 1)) AS id
            FROM trash_entries t2 LEFT JOIN users u ON u.id = t2.removed_by WHERE t2.record_kind = 'Person') o
      WHERE o.entry_id = t.id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE sso_logins');
    await q.query('DROP TABLE mail_outbox');
    await q.query('DROP TABLE account_tokens');
    await q.query('DROP TABLE organisation_invitations');
    await q.query('ALTER TABLE people DROP CONSTRAINT people_organisation_email_key');
    await q.query('ALTER TABLE people ADD CONSTRAINT people_email_key UNIQUE (email)');
    await q.query('ALTER TABLE people DROP COLUMN organisation_id');
    await q.query('ALTER TABLE projects DROP COLUMN organisation_id');
    await q.query(`UPDATE users SET password_hash = '!' WHERE password_hash IS NULL`);
    await q.query('ALTER TABLE users ALTER COLUMN password_hash SET NOT NULL');
    for (const column of ['version', 'time_zone', 'locale', 'token_version', 'deactivated_at', 'organisation_role', 'organisation_id']) {
      await q.query(`ALTER TABLE users DROP COLUMN ${column}`);
    }
    await q.query('DROP TABLE organisations');
  }
}
