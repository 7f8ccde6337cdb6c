import type { BffModule, RetentionRule } from '@luotsi/bff-core';

/**
 * Retention periods as configuration, and the rules deciding what has expired. Pure: no clock,
 * no database. Each module declares its rules (BffModule.retention) with a default period; a
 * deployment overrides one with RETENTION_DAYS_<RULE ID> (e.g. RETENTION_DAYS_SYMPTOMS_CONTACT_REQUESTS=730).
 */

const dayMs = 86_400_000;

/** The environment variable that sets a rule's period: "symptoms.contact-requests" → RETENTION_DAYS_SYMPTOMS_CONTACT_REQUESTS. */
export function retentionSettingName(ruleId: string): string {
  return `RETENTION_DAYS_${ruleId.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

/**
 * The moment before which a record's period has run out: `days` whole days of 24 hours before
 * `now`. Days, not calendar months, so that the cut-off is the same on every server whatever its
 * time zone; a period of a year or more is configured as 365 days per year (plus leap days).
 */
export function retentionCutoff(now: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`A retention period is a whole number of days, got ${days}`);
  return new Date(now.getTime() - days * dayMs);
}

/**
 * Whether a record whose period started at `from` has expired at `now`. A record with no start
 * (a request not yet handled, an agreement still in force) never expires. The purge functions
 * express the same rule as `from < retentionCutoff(now, days)` in SQL.
 */
export function hasExpired(from: Date | null | undefined, now: Date, days: number): boolean {
  if (!from) return false;
  return from.getTime() < retentionCutoff(now, days).getTime();
}

export interface RetentionSetting {
  moduleId: string;
  rule: RetentionRule;
  days: number;
  /** Where the period came from, for the purge report and operators. */
  source: 'default' | 'environment';
}

/**
 * Every module's rules with their periods: the default unless the environment sets one. A value
 * that is not a whole number of days (or a rule id declared twice) is a configuration error and
 * throws, so that a typo never silently keeps data for ever or removes it at once.
 */
export function retentionSettings(
  modules: readonly Pick<BffModule, 'id' | 'retention'>[],
  env: Readonly<Record<string, string | undefined>>,
): RetentionSetting[] {
  const seen = new Set<string>();
  const settings: RetentionSetting[] = [];
  for (const module of modules) {
    for (const rule of module.retention ?? []) {
      if (seen.has(rule.id)) throw new Error(`Retention rule ${rule.id} is declared twice`);
      seen.add(rule.id);
      const name = retentionSettingName(rule.id);
      const raw = env[name]?.trim();
      if (raw === undefined || raw === '') {
        settings.push({ moduleId: module.id, rule, days: rule.defaultDays, source: 'default' });
        continue;
      }
      if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number of days, got "${raw}"`);
      settings.push({ moduleId: module.id, rule, days: Number(raw), source: 'environment' });
    }
  }
  return settings;
}
