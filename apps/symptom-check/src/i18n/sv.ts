import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: { assessments: 'Symtombedömning', contactRequests: 'Kontaktbegäranden' },
  assessments: {
    title: 'Symtombedömning',
    intro: 'Svara på frågor om dina symtom eller om hur du mår. Du får råd om vad du ska göra och hur snabbt. Du kan också be att någon kontaktar dig.',
    notDiagnosis: 'Symtombedömningen är ingen diagnos. Den hjälper dig att hitta rätt hjälp.',
    emergency: {
      title: 'Ring genast 112 i en nödsituation',
      body: 'Ring nödnumret 112 om liv eller hälsa är i omedelbar fara. Gör då ingen symtombedömning.',
      call112: 'Ring 112',
      helpline: 'I brådskande ärenden får du råd av Jourhjälpen.',
      callHelpline: 'Ring Jourhjälpen 116 117',
    },
    minutes_one: 'Cirka {{count}} minut',
    minutes_other: 'Cirka {{count}} minuter',
    empty: 'Det finns inga bedömningar just nu.',
    category: {
      infection: 'Infektionssymtom',
      musculoskeletal: 'Symtom i stöd- och rörelseorganen',
      'mental-health': 'Humör och ork',
      'substance-use': 'Alkohol och rusmedel',
      other: 'Övriga bedömningar',
    },
  },
  contactRequests: {
    title: 'Kontaktbegäranden',
    intro: 'Begäranden till din enhet från invånare som har gjort en symtombedömning. Behandla de mest brådskande först.',
    caption: 'Öppna kontaktbegäranden, den mest brådskande först',
    count_one: '{{count}} öppen begäran',
    count_other: '{{count}} öppna begäranden',
    urgency: 'Brådskandegrad',
    assessment: 'Bedömning',
    received: 'Ankommen',
    status: 'Status',
    unit: 'Enhet',
    empty: 'Inga öppna kontaktbegäranden.',
    statuses: { new: 'Ny', 'in-progress': 'Under behandling', handled: 'Behandlad', unknown: 'Okänd status ({{id}})' },
  },
  urgency: {
    emergency: 'Nödsituation – ring 112',
    'emergency-department': 'Till jouren i dag',
    'same-day': 'Till hälsocentralen i dag',
    'within-days': 'Inom 1–3 dagar',
    'non-urgent': 'Inte brådskande',
    'self-care': 'Egenvård',
    unknown: 'Okänd brådskandegrad ({{id}})',
  },
  error: 'Uppgifterna kunde inte hämtas. Försök igen om en stund.',
};
