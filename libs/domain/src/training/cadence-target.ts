/**
 * How often a wave should be trained in the window after go-live (`CADENCE_WINDOW_DAYS`): at least
 * this many sessions, and no more than the most that still counts as on track. `cadenceStatus`
 * reads the same numbers: fewer is UNDER, more is OVER.
 */
export const CADENCE_MIN_SESSIONS = 3;
export const CADENCE_MAX_SESSIONS = 4;
