import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  county: { name: 'Exempels välfärdsområde', portal: 'Luotsi – e-tjänst' },
  skipToContent: 'Hoppa till innehållet',
  nav: { label: 'Huvudmeny', home: 'Startsida', staffHome: 'Skrivbord' },
  language: { label: 'Språk' },
  session: {
    signIn: 'Logga in',
    signOut: 'Logga ut',
    signedInAs: 'Inloggad: {{name}}',
    staffSignIn: 'Logga in som anställd',
  },
  home: {
    title: 'Välkommen till Exempels välfärdsområdes e-tjänst',
    intro: 'Hitta tjänster, bedöm dina symtom, be om hjälp och sköt dina ärenden på ett ställe.',
    services: 'Tjänster',
    emergency: 'I nödsituationer ring 112.',
  },
  staffHome: {
    title: 'Skrivbord',
    intro: 'Välj ett verktyg. Du ser de tjänster som du har behörighet till.',
    nothing: 'Du har ännu inte behörighet till någon tjänst. Kontakta huvudanvändaren.',
  },
  staffSignIn: {
    title: 'Inloggning för anställda',
    body: 'Välfärdsområdets anställda loggar in med organisationens användarnamn.',
  },
  signInRequired: {
    title: 'Logga in',
    body: 'Den här sidan innehåller personliga uppgifter. Identifiera dig med bankkoder, mobilcertifikat eller certifikatkort.',
  },
  forbidden: { title: 'Ingen behörighet', body: 'Du har inte behörighet till den här tjänsten. Om du behöver den i ditt arbete, kontakta din chef.' },
  notFound: { title: 'Sidan hittades inte', body: 'Kontrollera adressen eller gå tillbaka till startsidan.', backHome: 'Till startsidan' },
  unavailable: {
    title: 'Tjänsten är inte tillgänglig just nu',
    body: 'De andra tjänsterna fungerar normalt. Försök igen om en stund.',
    retry: 'Försök igen',
  },
  loading: 'Laddar…',
  footer: {
    accessibility: 'Tillgänglighetsutlåtande',
    contact: 'Kontakt: rådgivning 09 123 4567 (vardagar 8–16)',
  },

  documentTitle: '{{page}} – Exempels välfärdsområde',
};
