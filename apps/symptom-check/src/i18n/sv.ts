import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: { assessments: 'Symtombedömning', myRequests: 'Mina kontaktbegäranden' },
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
    myRequests: 'Se dina kontaktbegäranden',
    category: {
      infection: 'Infektionssymtom',
      musculoskeletal: 'Symtom i stöd- och rörelseorganen',
      'mental-health': 'Humör och ork',
      'substance-use': 'Alkohol och rusmedel',
      other: 'Övriga bedömningar',
    },
  },
};
