import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  assessment: {
    notFound: 'Den här bedömningen finns inte.',
    allAssessments: 'Alla symtombedömningar',
    progress: 'Fråga {{current}}/{{total}}',
    back: 'Föregående',
    next: 'Nästa',
    finish: 'Visa resultatet',
    startOver: 'Börja om',
    changeAnswers: 'Ändra svaren',
    chooseAll: 'Välj alla som passar.',
    errors: {
      required: 'Svara på frågan för att gå vidare.',
      invalid: 'Kontrollera svaret.',
      range: 'Ange ett tal mellan {{min}} och {{max}}.',
    },
    emergency: {
      title: 'Ring genast nödnumret 112',
      call: 'Ring 112',
    },
    emergencyDepartment: {
      title: 'Sök dig genast till jouren',
      helpline: 'Jourhjälpen ger råd om vilken jour du kan gå till.',
      call: 'Ring Jourhjälpen 116 117',
    },
    result: {
      title: 'Resultat',
      advice: 'Vad du kan göra',
      notDiagnosis: 'Resultatet är ingen diagnos. Om du mår sämre, kontakta hälsocentralen eller Jourhjälpen 116 117.',
    },
    send: {
      title: 'Be hälsocentralen kontakta dig',
      intro: 'En skötare läser dina svar och kontaktar dig.',
      signInNote: 'För att skicka behöver du stark autentisering. Dina svar sparas.',
      signIn: 'Identifiera dig och skicka',
      whoFor: 'Vems symtom gäller det?',
      self: 'Mina egna symtom',
      child: 'Mitt barn {{name}}s symtom',
      phone: 'Telefonnummer',
      email: 'E-post',
      contactHint: 'Ange telefonnummer eller e-post, eller båda. Kontrollera att de är rätt.',
      consent: 'Jag ger tillstånd till att en yrkesperson på hälsocentralen läser mina svar.',
      submit: 'Skicka begäran',
      sentTitle: 'Begäran har skickats',
      sentBody: 'Hälsocentralen kontaktar dig. Du ser läget för begäran bland dina kontaktbegäranden.',
      errors: {
        consent: 'Ge ditt tillstånd så att vi kan skicka begäran.',
        contact: 'Ange telefonnummer eller e-post.',
        phone: 'Kontrollera telefonnumret.',
        email: 'Kontrollera e-postadressen.',
        failed: 'Det gick inte att skicka. Försök igen om en stund.',
      },
    },
  },
  nextStep: {
    emergency: 'Nödsituation: ring 112',
    'emergency-department': 'Sök dig till jouren nu',
    'same-day': 'Kontakta hälsocentralen i dag',
    'within-days': 'Kontakta hälsocentralen inom 1–3 dagar',
    'non-urgent': 'Inte brådskande: kontakta hälsocentralen när det passar dig',
    'self-care': 'Du kan sköta symtomen hemma',
  },
};
