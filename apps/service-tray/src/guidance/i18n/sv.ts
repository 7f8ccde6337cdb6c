import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  guidanceView: {
    intro: 'En yrkesperson på välfärdsområdet har samlat de här tjänsterna åt dig. Kontakta tjänsten direkt med kontaktuppgifterna nedan.',
    validUntil: 'Länken fungerar till och med {{date}}.',
    note: 'Yrkespersonens meddelande till dig',
    itemNote: 'Yrkespersonens anteckning',
    provider: 'Tjänsten produceras av: {{name}}',
    contacts: 'Kontaktuppgifter',
    phone: 'Telefon',
    address: 'Besöksadress',
    map: 'Visa på kartan: {{name}}',
    web: 'Webbplats',
    email: 'E-post',
    gone: 'Den här tjänsten finns inte längre på servicebrickan. Fråga yrkespersonen vilken tjänst som ersätter den.',
    print: 'Skriv ut',
    expiredTitle: 'Länken har gått ut',
    expired: 'Länken gällde till och med {{date}}. Om du behöver rekommendationerna igen, kontakta yrkespersonen du träffade eller sök tjänster på servicebrickan.',
    notFoundTitle: 'Länken hittades inte',
    notFound: 'Kontrollera att du kopierade hela länken. Du kan också söka tjänster på servicebrickan.',
    search: 'Gå till servicebrickan',
  },
};
