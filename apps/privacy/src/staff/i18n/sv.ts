import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: {
    staff: 'Användningslogg',
  },
  staff: {
    title: 'Användningslogg',
    intro: 'Sök i användningsloggen vem som har behandlat en klients uppgifter, när och på vilken grund. Också den här sökningen och visningen av klienters personuppgifter loggas.',
  },
  accessLog: {
    search: {
      title: 'Sök anteckningar',
      client: 'Klientens personbeteckning',
      clientHint: 'Till exempel 150386-936X',
      actor: 'Yrkespersonens namn',
      actorHint: 'En del av namnet räcker',
      from: 'Från och med',
      to: 'Till och med',
      action: 'Åtgärd',
      anyAction: 'Alla åtgärder',
      submit: 'Sök',
      invalidRange: 'Slutdatumet kan inte vara före startdatumet.',
      errorsTitle: 'Rätta sökvillkoren',
    },
    results: {
      title: 'Sökresultat',
      caption: 'Anteckningar i användningsloggen, de senaste först',
      empty: 'Inga anteckningar motsvarade sökvillkoren.',
      client: 'Klient',
      unit: 'Enhet',
      object: 'Objekt',
      request: 'Begärans id',
      unknownClient: 'Okänd person',
    },
    export: {
      title: 'Begäran om uppgifter',
      intro: 'Exportera klientens hela användningslogg till en fil för att svara på en begäran om uppgifter. Exporten loggas.',
      csv: 'Exportera som CSV-fil',
      json: 'Exportera som JSON-fil',
      needsClient: 'Sök först med klientens personbeteckning, så kan du exportera klientens logg.',
      done: 'Filen har laddats ner.',
      notFound: 'Ingen klient hittades med personbeteckningen.',
      failed: 'Exporten misslyckades. Försök igen om en stund.',
    },
  },
};
