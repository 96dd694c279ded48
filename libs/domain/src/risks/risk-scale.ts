/** Likelihood and impact are each rated on this scale, lowest first. */
export const RISK_LEVELS = [1, 2, 3, 4, 5] as const;
export const MAX_RISK_LEVEL = RISK_LEVELS[RISK_LEVELS.length - 1];
/** The highest likelihood × impact: almost certain and severe. */
export const MAX_RISK_SCORE = MAX_RISK_LEVEL * MAX_RISK_LEVEL;
/** The lowest score `riskSeverity` calls HIGH: a risk that needs the sponsor's attention. */
export const HIGH_RISK_SCORE = 15;
/** The lowest score `riskSeverity` calls MEDIUM. */
export const MEDIUM_RISK_SCORE = 8;
