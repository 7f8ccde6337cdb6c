import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  accessLog: {
    intro: 'Varje gång en yrkesperson inom välfärdsområdet ser eller behandlar klientuppgifter blir det en anteckning i användningsloggen. Här ser du de anteckningar som gäller dina uppgifter och uppgifterna om dina barn under 15 år som du är vårdnadshavare för, de senaste först.',
    caption: 'Behandling av dina uppgifter',
    empty: 'Ingen yrkesperson har sett dina uppgifter.',
    more: 'Visa fler',
    moreLoaded: 'Fler anteckningar visas.',
    rights: 'Om du misstänker att någon har sett dina uppgifter utan grund, kontakta välfärdsområdets dataskyddsombud.',
    columns: { when: 'Tid', who: 'Yrkesperson', action: 'Åtgärd', object: 'Uppgift', whose: 'Vems uppgifter', why: 'Grund' },
    self: 'Dina',
    child: 'Ditt barn {{name}}',
    actions: { read: 'Såg', create: 'Skapade', update: 'Ändrade', delete: 'Raderade', export: 'Exporterade', print: 'Skrev ut' },
    objects: {
      ContactRequest: 'Kontaktbegäran efter symtombedömning',
      HelpRequest: 'Be om hjälp-meddelande',
      CareAgreement: 'Vård- eller uppdragsavtal',
      Person: 'Namn och personbeteckning',
      CalendarEntry: 'Bokad tid',
      AccessLog: 'Användningslogg',
      other: 'Annan uppgift',
    },
    purposes: {
      'unit-queue': 'Enhetens arbetskö: behandling av din begäran',
      'care-agreement': 'Skötsel av avtalet',
      appointment: 'Tidsbokning',
      'first-contact-booking': 'Bokning av första besök',
      'own-calendar': 'Användning av den egna kalendern',
      'absence-reassignment': 'Flyttning av tider under frånvaro',
      'access-log-supervision': 'Tillsyn över användningsloggen',
      'information-request': 'Svar på en begäran om uppgifter',
      other: 'Annan grund ({{id}})',
    },
    roles: {
      nurse: 'sjukskötare',
      'social-advisor': 'socialhandledare',
      'family-worker': 'familjearbetare',
      'team-lead': 'teamledare',
      'caregiver-coordinator': 'handledare för närståendevård',
      'service-curator': 'kurator för servicebrickan',
      editor: 'innehållsproducent',
      manager: 'chef',
      admin: 'huvudanvändare',
      other: 'yrkesperson',
    },
  },
};
