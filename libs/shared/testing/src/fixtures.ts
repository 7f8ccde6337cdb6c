import { type LocalizedValue } from '@luotsi/i18n';

/**
 * Small shared fixtures. `now` is a Friday in winter time (UTC+2) at 12:00 Helsinki time; pass it
 * to vi.setSystemTime() for tests whose output depends on the date.
 */
export const fixtures = {
  now: new Date('2025-03-07T10:00:00Z'),
  /** In summer time (UTC+3): 12:00 Helsinki time. */
  summerNow: new Date('2025-07-01T09:00:00Z'),
  /** Database content with all three languages. */
  localizedAll: { fi: 'Neuvola', sv: 'Rådgivning', en: 'Child health clinic' } satisfies LocalizedValue,
  /** Database content that exists only in Finnish (the UI shows a LanguageNote). */
  localizedFinnishOnly: { fi: 'Perhekeskuksen avoin kohtaamispaikka' } satisfies LocalizedValue,
  /** Money is integer cents: 1 234,50 €. */
  feeCents: 123_450,
  /** Fictional names in the three languages' typical forms. */
  names: { fi: 'Aino Virtanen', sv: 'Elsa Lindqvist', en: 'Sam Taylor' },
} as const;
