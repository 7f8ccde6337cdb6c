/**
 * The indicator registry: what each indicator is called and how it is defined, in the three
 * languages, so a manager reads the same definition in the dashboard as in the county's reports.
 *
 * An indicator's daily values are stored in DailyIndicatorValue under its id. Each domain will
 * declare the indicators it produces next to the code that counts them and hand the list to
 * createInsightsModule (see index.ts); the type is plain data on purpose, so a domain does not
 * need to import this library to declare one. Until then the first three live here.
 */

/** The domains (BFF module ids) that own indicators. */
export type IndicatorDomain = 'family' | 'symptoms' | 'services' | 'caregiving' | 'appointments' | 'insights';

/**
 * How the values add up. 'count': events counted per day (assessments, requests, bookings), so
 * monthly and county figures are sums, and small counts are suppressed for privacy. Averages and
 * shares need other aggregation and come with the first indicator that needs one.
 */
export type IndicatorUnit = 'count';

export interface IndicatorText {
  fi: string;
  sv: string;
  en: string;
}

export interface IndicatorDefinition {
  /** '<domain>.<name>' in kebab case, e.g. 'family.help-requests-received'; never reused. */
  id: string;
  /** The module that counts it. */
  domain: IndicatorDomain;
  name: IndicatorText;
  /** What exactly is counted and when, as the reports define it. */
  definition: IndicatorText;
  unit: IndicatorUnit;
}

const idPattern = /^([a-z]+)\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks a registry at startup (the BFF refuses to start with a broken one): ids well formed,
 * prefixed by their domain and unique; every text present in all three languages.
 */
export function validateIndicators(indicators: readonly IndicatorDefinition[]): IndicatorDefinition[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const indicator of indicators) {
    const match = idPattern.exec(indicator.id);
    if (!match) problems.push(`"${indicator.id}" is not a '<domain>.<kebab-case-name>' id`);
    else if (match[1] !== indicator.domain) problems.push(`"${indicator.id}" does not start with its domain "${indicator.domain}"`);
    if (seen.has(indicator.id)) problems.push(`"${indicator.id}" is declared twice`);
    seen.add(indicator.id);
    for (const field of ['name', 'definition'] as const)
      for (const language of ['fi', 'sv', 'en'] as const)
        if (!indicator[field]?.[language]?.trim()) problems.push(`"${indicator.id}" has no ${field} in ${language}`);
  }
  if (problems.length) throw new Error(`Invalid indicator registry:\n- ${problems.join('\n- ')}`);
  return [...indicators];
}

/** The indicators the county reports ask for first (seeds 002 and 003). */
export const coreIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'symptoms.assessments-completed',
    domain: 'symptoms',
    unit: 'count',
    name: {
      fi: 'Tehdyt oirearviot',
      sv: 'Gjorda symptombedömningar',
      en: 'Symptom assessments completed',
    },
    definition: {
      fi: 'Sähköisten oirearvioiden määrä, jotka asukas on täyttänyt loppuun ja saanut suosituksen. Digitaalisen asioinnin käytön mittari.',
      sv: 'Antalet elektroniska symptombedömningar som invånaren har fyllt i till slut och fått en rekommendation. Ett mått på användningen av digitala tjänster.',
      en: 'Electronic symptom assessments that a resident completed and received a recommendation for. A measure of the use of digital services.',
    },
  },
  {
    id: 'family.help-requests-received',
    domain: 'family',
    unit: 'count',
    name: {
      fi: 'Saapuneet Pyydä apua -yhteydenotot',
      sv: 'Mottagna Be om hjälp-kontakter',
      en: '“Ask for help” requests received',
    },
    definition: {
      fi: 'Perhekeskuksen Pyydä apua -painikkeella lähetetyt yhteydenotot, myös nimettömät, saapumispäivän mukaan.',
      sv: 'Kontakter som skickats med familjecentrets Be om hjälp-knapp, även anonyma, enligt ankomstdag.',
      en: 'Contacts sent with the family centre’s “Ask for help” button, anonymous ones included, by the day they arrived.',
    },
  },
  {
    id: 'appointments.first-contacts-booked',
    domain: 'appointments',
    unit: 'count',
    name: {
      fi: 'Varatut ensikontaktiajat',
      sv: 'Bokade tider för första kontakt',
      en: 'First-contact times booked',
    },
    definition: {
      fi: 'Sosiaalihuollon asiakasneuvonnan asukkaalle varaamat ensikontaktiajat kohdepalveluun, varauspäivän mukaan.',
      sv: 'Tider för första kontakt som socialvårdens klientrådgivning har bokat åt invånare i en måltjänst, enligt bokningsdag.',
      en: 'First-contact times that the social-services advice booked for residents in a target service, by the day of booking.',
    },
  },
];
