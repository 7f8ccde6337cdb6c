/**
 * The smallest count the insights may show. Smaller ones are suppressed (see disclosure.ts).
 * Five is the usual limit for register-based statistics on social and health care.
 */
export const defaultSuppressionThreshold = 5;

export const suppressionThresholdVariable = 'LUOTSI_INSIGHTS_SUPPRESSION_THRESHOLD';

/**
 * The threshold from the environment, or the default. A value that is not a whole number from 1
 * to 1000 stops the BFF at startup rather than silently showing small counts.
 */
export function suppressionThresholdFrom(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env[suppressionThresholdVariable]?.trim();
  if (!raw) return defaultSuppressionThreshold;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 1000)
    throw new Error(`${suppressionThresholdVariable} must be a whole number from 1 to 1000, got "${raw}"`);
  return value;
}
