import type { GuidanceLanguage } from './guidance';

/**
 * The text message and e-mail that hand a set over. They carry the link and its last day but
 * never the services or notes: which services a professional recommends can tell about a
 * client's health or social situation, and messages can be read by others. The link opens them.
 */
export interface HandoverMessage {
  subject: string;
  text: string;
  sms: string;
}

function formatDay(date: Date, language: GuidanceLanguage): string {
  const locale = language === 'fi' ? 'fi-FI' : language === 'sv' ? 'sv-FI' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Helsinki', day: 'numeric', month: 'numeric', year: 'numeric' }).format(date);
}

export function handoverMessage(language: GuidanceLanguage, url: string, expiresAt: Date): HandoverMessage {
  const until = formatDay(expiresAt, language);
  switch (language) {
    case 'sv':
      return {
        subject: 'Tjänster som rekommenderas för dig',
        text: `Hej!\n\nEn yrkesperson på välfärdsområdet har samlat tjänster som kan vara till hjälp för dig. Du ser dem med kontaktuppgifter och anteckningar på adressen\n\n${url}\n\nLänken fungerar till och med ${until}. Du behöver inte logga in.\n\nDetta meddelande har skickats automatiskt, du kan inte svara på det.`,
        sms: `En yrkesperson på välfärdsområdet har samlat tjänster åt dig: ${url} (öppnas till och med ${until})`,
      };
    case 'en':
      return {
        subject: 'Services recommended for you',
        text: `Hello,\n\nA professional of the wellbeing services county has put together services that may help you. You can see them with their contact details and notes at\n\n${url}\n\nThe link works until ${until}. You do not need to sign in.\n\nThis message was sent automatically; please do not reply to it.`,
        sms: `Services a professional of the wellbeing services county picked for you: ${url} (open until ${until})`,
      };
    default:
      return {
        subject: 'Sinulle suositellut palvelut',
        text: `Hei!\n\nHyvinvointialueen ammattilainen on koonnut sinulle palveluja, joista voi olla apua. Näet ne yhteystietoineen ja muistiinpanoineen osoitteessa\n\n${url}\n\nLinkki toimii ${until} asti. Sinun ei tarvitse kirjautua.\n\nTämä viesti on lähetetty automaattisesti, siihen ei voi vastata.`,
        sms: `Hyvinvointialueen ammattilainen on koonnut sinulle palveluja: ${url} (avoinna ${until} asti)`,
      };
  }
}
