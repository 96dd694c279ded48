import { MAX_SCORE } from './vendor-scoring';

/** A vendor's score on a criterion: from "does not meet the need" to "fully meets it" (`MAX_SCORE`). */
export const MIN_SCORE = 0;
/** Scores go in half points. */
export const SCORE_STEP = 0.5;

/** Whether `score` is on the scale: within it and a whole number of steps. */
export function isOnScoreScale(score: number): boolean {
  return Number.isFinite(score) && score >= MIN_SCORE && score <= MAX_SCORE && Number.isInteger(score / SCORE_STEP);
}
