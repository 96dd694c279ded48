import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a usage review the product wrote itself says (a usage import's finding, a how-to question
 * asked in hypercare), as a message code with its params, so each reader sees it in their own
 * language. `note` keeps the English for API users; a review a person wrote has only its `note`.
 */
export class UsageReviewNoteMessage1765000001810 implements MigrationInterface {
  name = 'UsageReviewNoteMessage1765000001810';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE usage_reviews ADD COLUMN note_message jsonb
        CHECK (note_message IS NULL OR (jsonb_typeof(note_message -> 'code') = 'string' AND jsonb_typeof(note_message -> 'params') = 'object'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE usage_reviews DROP COLUMN note_message');
  }
}
