import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { SearchHitRow } from './models/search-hit.model';

/*
 * Each record kind's searchable document: exactly the expression its GIN index was built on in
 * migrations/1764800000030-search-indexes.ts (write them identically, or the planner cannot use
 * the index). Title words weigh most (A), then descriptions (B), then notes (C).
 */
const TASK_DOCUMENT = `(setweight(to_tsvector('simple', t.title), 'A') || setweight(to_tsvector('simple', t.description), 'B'))`;
const MILESTONE_DOCUMENT = `(setweight(to_tsvector('simple', m.name), 'A'))`;
const REQUIREMENT_DOCUMENT = `(setweight(to_tsvector('simple', r.title), 'A') || setweight(to_tsvector('simple', r.description), 'B') || setweight(to_tsvector('simple', r.gap_note), 'C'))`;
const RISK_DOCUMENT = `(setweight(to_tsvector('simple', k.title), 'A') || setweight(to_tsvector('simple', k.description), 'B') || setweight(to_tsvector('simple', k.mitigation), 'C'))`;
const PERSON_DOCUMENT = `(setweight(to_tsvector('simple', p.name), 'A')
        || setweight(to_tsvector('simple', translate(p.email, '@.', '  ')), 'B')
        || setweight(to_tsvector('simple', coalesce(p.department, '') || ' ' || coalesce(p.business_unit, '')), 'C'))`;

/**
 * People are one directory shared by every program: only those who work in this one may be found
 * from it (they hold one of its roles, are assigned one of its tasks, or are a member's own person
 * record, the person with the member's email).
 */
const IN_PROGRAM = `(EXISTS (SELECT 1 FROM role_assignments a WHERE a.project_id = $1 AND a.person_id = p.id)
        OR EXISTS (SELECT 1 FROM tasks t WHERE t.project_id = $1 AND t.assignee_id = p.id)
        OR EXISTS (SELECT 1 FROM project_members pm JOIN users u ON u.id = pm.user_id WHERE pm.project_id = $1 AND u.email = p.email))
        AND p.organisation_id = (SELECT pr.organisation_id FROM projects pr WHERE pr.id = $1)`;

/**
 * A prefix query for PostgreSQL: every word must start a word of the record ("train" finds
 * "training"). The words are letters and digits only (`searchWords`); quoting them anyway keeps
 * the query's syntax ours whatever a caller passes.
 */
function prefixQuery(words: readonly string[]): string {
  return words.map((word) => `'${word.replace(/['\\]/g, '')}':*`).join(' & ');
}

/**
 * How many matches of one kind are ranked at most. A word in nearly every record ("accounts" in a
 * 50,000-task program) otherwise ranked all of them: 2.7 s for the task branch on the embedded
 * database, whose one thread every other request waits for; with 500 it took 27 ms (EXPLAIN
 * ANALYZE, GIN index used either way). Past that many the word says little, and the user narrows
 * it with a second word.
 */
const RANKED_PER_KIND = 500;

/** The one statement of the program search box. Reads other areas' tables; writes nothing. */
@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The program's records matching every word, best first: at most `perKind` of each kind and
   * `inAll` together, in one statement whatever the number of hits. Ranking a record means
   * building its document again (the indexes hold no text), so at most `RANKED_PER_KIND` matches
   * of a kind are ranked.
   */
  search(projectId: string, words: readonly string[], perKind: number, inAll: number): Promise<SearchHitRow[]> {
    return this.db.query(
      `WITH q AS (SELECT to_tsquery('simple', $2) AS query)
       SELECT hits.kind, hits.id, hits.title, hits.texts, hits.rank FROM (
         (SELECT 'TASK' AS kind, t.id, t.title, ARRAY[t.description] AS texts, ts_rank(${TASK_DOCUMENT}, q.query) AS rank
            FROM (SELECT t.* FROM tasks t, q WHERE t.project_id = $1 AND ${TASK_DOCUMENT} @@ q.query LIMIT $5) t, q
           ORDER BY rank DESC, t.seq LIMIT $3)
         UNION ALL
         (SELECT 'MILESTONE', m.id, m.name, ARRAY[m.phase_name], ts_rank(${MILESTONE_DOCUMENT}, q.query) AS rank
            FROM (SELECT m.*, ph.name AS phase_name FROM milestones m JOIN phases ph ON ph.id = m.phase_id, q
                   WHERE m.project_id = $1 AND ${MILESTONE_DOCUMENT} @@ q.query LIMIT $5) m, q
           ORDER BY rank DESC, m.due_date, m.id LIMIT $3)
         UNION ALL
         (SELECT 'REQUIREMENT', r.id, r.title, ARRAY[r.description, r.gap_note], ts_rank(${REQUIREMENT_DOCUMENT}, q.query) AS rank
            FROM (SELECT r.* FROM requirements r, q WHERE r.project_id = $1 AND ${REQUIREMENT_DOCUMENT} @@ q.query LIMIT $5) r, q
           ORDER BY rank DESC, r.seq LIMIT $3)
         UNION ALL
         (SELECT 'RISK', k.id, k.title, ARRAY[k.description, k.mitigation], ts_rank(${RISK_DOCUMENT}, q.query) AS rank
            FROM (SELECT k.* FROM risks k, q WHERE k.project_id = $1 AND ${RISK_DOCUMENT} @@ q.query LIMIT $5) k, q
           ORDER BY rank DESC, k.created_at, k.id LIMIT $3)
         UNION ALL
         (SELECT 'PERSON', p.id, p.name, ARRAY[concat_ws(' · ', p.department, p.business_unit, p.email)], ts_rank(${PERSON_DOCUMENT}, q.query) AS rank
            FROM (SELECT p.* FROM people p, q WHERE ${PERSON_DOCUMENT} @@ q.query AND ${IN_PROGRAM} LIMIT $5) p, q
           ORDER BY rank DESC, lower(p.name), p.id LIMIT $3)
       ) hits
       ORDER BY hits.rank DESC, lower(hits.title), hits.id
       LIMIT $4`,
      [projectId, prefixQuery(words), perKind, inAll, RANKED_PER_KIND],
    );
  }
}
