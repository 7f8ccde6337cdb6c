/**
 * The county's uniform calendar vocabulary. Every social-care service marks its work with the same
 * entry types, so that statistics compare across services. These belong in an appointments domain
 * library once one exists; today the BFF (and its seed) are their only users.
 */
export interface CalendarEntryTypeDefinition {
  code: string;
  name: { fi: string; sv: string; en: string };
  /** Time spent with or for a client: counts towards client work in the statistics. */
  clientWork: boolean;
}

export const calendarEntryTypes: readonly CalendarEntryTypeDefinition[] = [
  { code: 'client-visit', name: { fi: 'Asiakaskäynti', sv: 'Klientbesök', en: 'Client visit' }, clientWork: true },
  { code: 'home-visit', name: { fi: 'Kotikäynti', sv: 'Hembesök', en: 'Home visit' }, clientWork: true },
  { code: 'phone-contact', name: { fi: 'Puhelinkontakti', sv: 'Telefonkontakt', en: 'Phone contact' }, clientWork: true },
  { code: 'remote-meeting', name: { fi: 'Etätapaaminen', sv: 'Distansmöte', en: 'Remote meeting' }, clientWork: true },
  { code: 'first-contact', name: { fi: 'Ensikontakti', sv: 'Första kontakt', en: 'First contact' }, clientWork: true },
  { code: 'travel', name: { fi: 'Matka-aika', sv: 'Restid', en: 'Travel' }, clientWork: false },
  { code: 'team-meeting', name: { fi: 'Tiimipalaveri', sv: 'Teammöte', en: 'Team meeting' }, clientWork: false },
  { code: 'documentation', name: { fi: 'Kirjaaminen', sv: 'Dokumentering', en: 'Documentation' }, clientWork: true },
  { code: 'absence', name: { fi: 'Poissaolo', sv: 'Frånvaro', en: 'Absence' }, clientWork: false },
];

/** The entry type of a time social-services advice can book for a resident in a target service. */
export const firstContactTypeCode = 'first-contact';

/**
 * The target services social-services advice books first contacts into, by the unit type that
 * provides them (see the Unit model). Early-support family work has calendars too, but is not a
 * booking target.
 */
export const firstContactServices = {
  FAMILY_HOME_HELP: 'home-help',
  FAMILY_COUNSELLING: 'family-counselling',
  YOUTH_SERVICES: 'youth-services',
  DISABILITY_SERVICES: 'disability-services',
} as const;
export type FirstContactService = keyof typeof firstContactServices;
export type FirstContactUnitType = (typeof firstContactServices)[FirstContactService];

/** Who books first contacts for residents. */
export const firstContactBookerRoles = ['social-advisor'] as const;
