import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: {
    resident: 'Dataskydd',
  },
  resident: {
    title: 'Dataskydd och egna uppgifter',
    intro: 'Här ser du vilka uppgifter som har sparats om dig och vem som har behandlat dem, och du kan ladda ner eller radera dina uppgifter.',
  },
  myData: {
    nav: 'Mina uppgifter',
    title: 'Mina uppgifter',
    intro: 'Du kan ladda ner alla uppgifter som Luotsi har sparat om dig och radera uppgifter som du gav frivilligt.',
  },
  accessLog: {
    nav: 'Vem har sett mina uppgifter',
    title: 'Vem har sett mina uppgifter',
    summary: 'Se vilka yrkespersoner som har sett eller behandlat dina och dina barns (under 15 år) uppgifter, när och varför.',
  },
};
