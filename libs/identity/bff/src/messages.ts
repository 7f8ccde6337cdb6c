import { type Area } from '@luotsi/identity-domain';
import { type Language } from './types';

export interface PageText {
  title: string;
  text: string;
}

/** Every language must have every text: a missing one is a compile error. */
export interface Texts {
  picker: {
    title: Record<Area, string>;
    heading: Record<Area, string>;
    intro: Record<Area, string>;
    listHeading: Record<Area, string>;
    cancel: string;
  };
  pages: {
    loginExpired: PageText;
    loginFailed: PageText;
    notInUse: Record<Area, PageText>;
    idpUnavailable: PageText;
    unexpected: PageText;
    invalidChoice: PageText;
    /** Sign-in refused by the rate limit (HTTP 429). */
    rateLimited: PageText;
  };
  links: { tryAgain: string; frontPage: string };
  errorCode: string;
}

export const texts: Record<Language, Texts> = {
  fi: {
    picker: {
      title: { resident: 'Kirjaudu sisään – Luotsi (demo)', staff: 'Ammattilaisen kirjautuminen – Luotsi (demo)' },
      heading: { resident: 'Valitse, kenenä kirjaudut', staff: 'Valitse, kenenä kirjaudut ammattilaisena' },
      intro: {
        resident: 'Tämä on Luotsin demoympäristön tunnistautuminen. Oikeassa palvelussa tunnistaudut Suomi.fi-tunnistuksella.',
        staff: 'Tämä on Luotsin demoympäristön kirjautuminen. Oikeassa palvelussa kirjaudut organisaation käyttäjätunnuksella.',
      },
      listHeading: { resident: 'Testihenkilöt', staff: 'Testikäyttäjät' },
      cancel: 'Peruuta kirjautuminen',
    },
    pages: {
      loginExpired: {
        title: 'Kirjautuminen vanhentui',
        text: 'Kirjautuminen kesti liian kauan tai se aloitettiin toisessa selainikkunassa. Aloita kirjautuminen uudelleen.',
      },
      loginFailed: {
        title: 'Kirjautuminen ei onnistunut',
        text: 'Kirjautuminen keskeytyi tai tunnistuspalvelu palautti virheen. Voit yrittää uudelleen.',
      },
      notInUse: {
        resident: {
          title: 'Tunnuksesi ei ole käytössä täällä',
          text: 'Tunnistautuminen onnistui, mutta tunnuksesi ei ole käytössä tässä palvelussa. Jos tarvitset apua, ota yhteyttä hyvinvointialueen asiakaspalveluun.',
        },
        staff: {
          title: 'Tunnuksesi ei ole käytössä täällä',
          text: 'Kirjautuminen onnistui, mutta käyttäjätunnuksesi ei ole käytössä tässä palvelussa. Ota yhteyttä esihenkilöösi tai pääkäyttäjään.',
        },
      },
      idpUnavailable: {
        title: 'Tunnistuspalvelu ei ole käytettävissä',
        text: 'Emme saaneet yhteyttä tunnistuspalveluun. Yritä hetken kuluttua uudelleen.',
      },
      unexpected: { title: 'Jokin meni vikaan', text: 'Kirjautumisessa tapahtui odottamaton virhe. Yritä uudelleen.' },
      invalidChoice: { title: 'Valinta ei kelpaa', text: 'Valitse jokin luettelon henkilöistä.' },
      rateLimited: {
        title: 'Liian monta kirjautumisyritystä',
        text: 'Tästä yhteydestä on yritetty kirjautua liian monta kertaa lyhyessä ajassa. Odota hetki ja yritä sitten uudelleen.',
      },
    },
    links: { tryAgain: 'Kirjaudu uudelleen', frontPage: 'Etusivulle' },
    errorCode: 'Virhekoodi',
  },
  sv: {
    picker: {
      title: { resident: 'Logga in – Luotsi (demo)', staff: 'Inloggning för yrkespersoner – Luotsi (demo)' },
      heading: { resident: 'Välj vem du loggar in som', staff: 'Välj vem du loggar in som yrkesperson' },
      intro: {
        resident: 'Det här är identifieringen i Luotsis demomiljö. I den riktiga tjänsten identifierar du dig med Suomi.fi-identifikationen.',
        staff: 'Det här är inloggningen i Luotsis demomiljö. I den riktiga tjänsten loggar du in med organisationens användarkonto.',
      },
      listHeading: { resident: 'Testpersoner', staff: 'Testanvändare' },
      cancel: 'Avbryt inloggningen',
    },
    pages: {
      loginExpired: {
        title: 'Inloggningen gick ut',
        text: 'Inloggningen tog för lång tid eller påbörjades i ett annat webbläsarfönster. Börja om inloggningen.',
      },
      loginFailed: {
        title: 'Inloggningen lyckades inte',
        text: 'Inloggningen avbröts eller identifieringstjänsten returnerade ett fel. Du kan försöka igen.',
      },
      notInUse: {
        resident: {
          title: 'Ditt konto används inte här',
          text: 'Identifieringen lyckades, men ditt konto används inte i den här tjänsten. Kontakta välfärdsområdets kundtjänst om du behöver hjälp.',
        },
        staff: {
          title: 'Ditt konto används inte här',
          text: 'Inloggningen lyckades, men ditt användarkonto används inte i den här tjänsten. Kontakta din chef eller huvudanvändaren.',
        },
      },
      idpUnavailable: {
        title: 'Identifieringstjänsten är inte tillgänglig',
        text: 'Vi fick ingen kontakt med identifieringstjänsten. Försök igen om en stund.',
      },
      unexpected: { title: 'Något gick fel', text: 'Ett oväntat fel inträffade vid inloggningen. Försök igen.' },
      invalidChoice: { title: 'Valet är ogiltigt', text: 'Välj en av personerna i listan.' },
      rateLimited: {
        title: 'För många inloggningsförsök',
        text: 'Det har gjorts för många inloggningsförsök från den här anslutningen på kort tid. Vänta en stund och försök sedan igen.',
      },
    },
    links: { tryAgain: 'Logga in på nytt', frontPage: 'Till startsidan' },
    errorCode: 'Felkod',
  },
  en: {
    picker: {
      title: { resident: 'Sign in – Luotsi (demo)', staff: 'Professional sign-in – Luotsi (demo)' },
      heading: { resident: 'Choose who to sign in as', staff: 'Choose who to sign in as a professional' },
      intro: {
        resident: "This is the identification of Luotsi's demo environment. In the real service you identify yourself with Suomi.fi e-Identification.",
        staff: "This is the sign-in of Luotsi's demo environment. In the real service you sign in with your organisation's user account.",
      },
      listHeading: { resident: 'Test persons', staff: 'Test users' },
      cancel: 'Cancel sign-in',
    },
    pages: {
      loginExpired: {
        title: 'Sign-in expired',
        text: 'Signing in took too long or was started in another browser window. Please start again.',
      },
      loginFailed: {
        title: 'Sign-in did not succeed',
        text: 'Signing in was cancelled or the identification service returned an error. You can try again.',
      },
      notInUse: {
        resident: {
          title: 'Your account is not in use here',
          text: "You were identified, but your account is not in use in this service. If you need help, contact the wellbeing services county's customer service.",
        },
        staff: {
          title: 'Your account is not in use here',
          text: 'You signed in, but your user account is not in use in this service. Contact your manager or an administrator.',
        },
      },
      idpUnavailable: {
        title: 'The identification service is unavailable',
        text: 'We could not reach the identification service. Please try again in a moment.',
      },
      unexpected: { title: 'Something went wrong', text: 'An unexpected error occurred while signing in. Please try again.' },
      invalidChoice: { title: 'Invalid choice', text: 'Choose one of the persons in the list.' },
      rateLimited: {
        title: 'Too many sign-in attempts',
        text: 'There have been too many attempts to sign in from this connection in a short time. Please wait a moment and then try again.',
      },
    },
    links: { tryAgain: 'Sign in again', frontPage: 'To the front page' },
    errorCode: 'Error code',
  },
};
