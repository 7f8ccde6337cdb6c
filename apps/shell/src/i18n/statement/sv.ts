import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
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
  enforcementContact: 'Regionförvaltningsverket i Södra Finland, enheten för tillsyn över tillgänglighet, www.tillganglighetskrav.fi, saavutettavuus@avi.fi, telefon (växel) 0295 016 000.',};
