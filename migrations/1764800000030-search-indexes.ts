import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The program search box (`search(projectId, text)`) matches words of titles and descriptions
 * with PostgreSQL's full-text search. These GIN indexes are on the very expressions
 * `search.repository.ts` matches (its `*_DOCUMENT` constants; they must stay identical, or the
 * planner cannot use them). Expression indexes rather than generated tsvector columns: rows
 * restored from the trash are re-inserted from their JSON, which a generated column would refuse.
 * 'simple' (lower-casing, no stemming, no stop words): a program's text mixes languages and
 * product names, and prefix matching already finds "training" from "train".
 */
export class SearchIndexes1764800000030 implements MigrationInterface {
  name = 'SearchIndexes1764800000030';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX tasks_search_idx ON tasks USING gin (
      (setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', description), 'B')))`);
    await q.query(`CREATE INDEX milestones_search_idx ON milestones USING gin ((setweight(to_tsvector('simple', name), 'A')))`);
    await q.query(`CREATE INDEX requirements_search_idx ON requirements USING gin (
      (setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', description), 'B') || setweight(to_tsvector('simple', gap_note), 'C')))`);
    await q.query(`CREATE INDEX risks_search_idx ON risks USING gin (
      (setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', description), 'B') || setweight(to_tsvector('simple', mitigation), 'C')))`);
    await q.query(`CREATE INDEX people_search_idx ON people USING gin (
      (setweight(to_tsvector('simple', name), 'A')
        || setweight(to_tsvector('simple', translate(email, '@.', '  ')), 'B')
        || setweight(to_tsvector('simple', coalesce(department, '') || ' ' || coalesce(business_unit, '')), 'C')))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['people_search_idx', 'risks_search_idx', 'requirements_search_idx', 'milestones_search_idx', 'tasks_search_idx']) {
      await q.query(`DROP INDEX ${index}`);
    }
  }
}
