import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  myData: {
    download: {
      title: 'Ladda ner dina uppgifter',
      intro: 'Du får uppgifterna i två format: som en läsbar sida som du kan skriva ut eller spara som PDF, och som en maskinläsbar JSON-fil som du kan flytta till en annan tjänst.',
      html: 'Ladda ner som läsbar sida',
      json: 'Ladda ner som JSON-fil',
      note: 'Filen är personlig. Spara den bara på din egen enhet.',
    },
    optional: {
      title: 'Frivilliga uppgifter',
      intro: 'Dessa uppgifter har du själv gett. Du kan radera dem när som helst; det påverkar inte de tjänster där du är klient.',
      stored: 'sparad',
      notStored: 'inte sparad',
      delete: 'Radera mina frivilliga uppgifter',
      nothing: 'Inga frivilliga uppgifter om dig har sparats.',
      deleted: 'Dina frivilliga uppgifter har raderats.',
    },
    confirm: {
      title: 'Vill du radera de frivilliga uppgifterna?',
      body: 'Din e-postadress och ditt telefonnummer raderas. Det går inte att ångra, men du kan ge uppgifterna på nytt senare.',
      cancel: 'Avbryt',
      delete: 'Radera uppgifterna',
    },
    required: {
      title: 'Uppgifter som du inte själv kan radera',
      intro: 'Välfärdsområdet måste enligt lag spara uppgifterna om klientarbetet en viss tid. De raderas automatiskt när förvaringstiden har gått ut.',
      contactRequests: 'Kontaktbegäranden efter symtombedömning',
      helpRequests: 'Be om hjälp-meddelanden',
      agreements: 'Vård- och uppdragsavtal',
      bookings: 'Bokade tider',
      rights: 'Om en uppgift är fel kan du begära att den rättas. Du kan också fråga välfärdsområdets dataskyddsombud om hur dina uppgifter behandlas.',
    },
    errors: {
      signIn: 'Din session har gått ut. Logga in på nytt.',
      rateLimited: 'För många försök. Försök igen om en stund.',
      network: 'Tjänsten kunde inte nås. Kontrollera nätverksanslutningen och försök igen.',
      general: 'Något gick fel. Dina uppgifter ändrades inte. Försök igen om en stund.',
    },
  },
};
