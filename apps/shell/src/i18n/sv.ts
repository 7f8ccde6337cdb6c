import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  county: { name: 'Exempels välfärdsområde', portal: 'Luotsi – e-tjänst' },
  skipToContent: 'Hoppa till innehållet',
  nav: { label: 'Huvudmeny', home: 'Startsida', staffHome: 'Skrivbord', menu: 'Meny' },
  language: { label: 'Språk', fi: 'Suomeksi', sv: 'På svenska', en: 'In English', current: 'Valt språk' },
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
  accessibility: {
    title: 'Tillgänglighetsutlåtande',
    intro: 'Detta tillgänglighetsutlåtande gäller Exempels välfärdsområdes e-tjänst Luotsi. Utlåtandet har utarbetats {{date}}. Tjänsten omfattas av lagen om tillhandahållande av digitala tjänster (306/2019), som kräver att offentliga webbtjänster är tillgängliga.',
    statusTitle: 'Tjänstens tillgänglighet',
    status: 'Tjänsten uppfyller delvis kraven på nivå A och AA i WCAG 2.1. Bristerna räknas upp nedan.',
    issuesTitle: 'Icke tillgängligt innehåll',
    issueContent: 'En del av innehållet i databasen (till exempel organisationers tjänstebeskrivningar) finns bara på finska. Då visar vi ett meddelande om innehållets språk.',
    issueTesting: 'Tjänsten har testats automatiskt med verktyget axe och manuellt med tangentbord. Test med skärmläsare har ännu inte gjorts.',
    assessmentTitle: 'Hur tillgängligheten har bedömts',
    assessment: 'Bedömningen har gjorts av tjänstens utvecklingsteam. Varje sida kontrolleras automatiskt vid varje ändring på tre språk.',
    feedbackTitle: 'Ge respons om tillgängligheten',
    feedback: 'Märkte du en brist i tillgängligheten? Berätta för oss. Vi svarar inom 14 dagar.',
    feedbackEmail: 'E-post: saavutettavuus@esimerkki-hyvinvointialue.fi',
    feedbackPhone: 'Telefon: 09 123 4567',
    enforcementTitle: 'Tillsynsmyndighet',
    enforcement: 'Om du märker brister i tillgängligheten, ge först respons till oss. Om du inte är nöjd med svaret eller inte får svar inom två veckor kan du anmäla det till Regionförvaltningsverket i Södra Finland.',
    enforcementContact: 'Regionförvaltningsverket i Södra Finland, enheten för tillsyn över tillgänglighet, www.tillganglighetskrav.fi, saavutettavuus@avi.fi, telefon (växel) 0295 016 000.',
  },
  documentTitle: '{{page}} – Exempels välfärdsområde',
};
