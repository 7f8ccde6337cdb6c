import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: { staff: 'Aviseringar' },
  staff: {
    title: 'Leverans av aviseringar',
    intro: 'Misslyckade och ännu väntande aviseringar (e-post, textmeddelande, meddelande i e-tjänsten). Mottagare och innehåll visas inte. En misslyckad avisering skickas på nytt från början; en avbruten skickas inte.',
  },
  deliveries: {
    caption: 'Misslyckade och väntande aviseringar, äldsta först',
    empty: 'Inga misslyckade eller väntande aviseringar.',
    columns: { type: 'Typ av avisering', channel: 'Kanal', status: 'Status', created: 'Skapad', attempts: 'Försök', next: 'Nästa försök', error: 'Senaste fel', actions: 'Åtgärder' },
    channels: { portal: 'E-tjänsten', email: 'E-post', sms: 'Textmeddelande' },
    statuses: { pending: 'Väntar', delivered: 'Levererad', failed: 'Misslyckades', cancelled: 'Avbruten' },
    retry: 'Försök igen',
    cancel: 'Avbryt',
    retryLabel: 'Försök igen: {{type}}, {{channel}}',
    cancelLabel: 'Avbryt: {{type}}, {{channel}}',
    done: { retried: 'Aviseringen skickas på nytt.', cancelled: 'Aviseringen avbröts.', unchanged: 'Aviseringens status hade redan ändrats; listan uppdaterades.' },
  },
  templates: {
    nav: 'Aviseringsmallar',
    title: 'Aviseringsmallar',
    intro: 'Varje aviseringsmall på varje språk och i varje kanal med exempeluppgifter, så som mottagaren skulle se den.',
    empty: 'Inga aviseringsmallar.',
    sensitive: 'Känslig: e-post och textmeddelande säger bara att det finns ett nytt meddelande i e-tjänsten. Innehållet finns bara i e-tjänsten.',
    languages: 'Språk: {{type}}',
    language: { fi: 'Finska', sv: 'Svenska', en: 'Engelska' },
    subject: 'Ämne',
    attachments: 'Bilagor',
  },
  jobs: {
    nav: 'Bakgrundsjobb',
    title: 'Bakgrundsjobb',
    intro: 'Portalens schemalagda och köade bakgrundsjobb: de senaste körningarna och misslyckandena. Felmeddelandena innehåller inga personuppgifter; detaljerna finns i serverloggen under jobbets id.',
    onlyFailed: 'Visa bara misslyckade',
    caption: 'Senaste körningar, nyaste först',
    failedCaption: 'Misslyckade körningar, nyaste först',
    empty: 'Inga körningar.',
    noFailures: 'Inga misslyckade körningar.',
    columns: { name: 'Jobb', state: 'Status', created: 'Köat', started: 'Startade', completed: 'Avslutades', attempts: 'Försök', error: 'Fel' },
    states: { created: 'Väntar', retry: 'Väntar på nytt försök', active: 'Pågår', completed: 'Klar', cancelled: 'Avbruten', failed: 'Misslyckades' },
  },
};
