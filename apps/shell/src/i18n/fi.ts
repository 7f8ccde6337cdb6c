import { defineTexts } from '@luotsi/i18n';

export const fi = defineTexts({
  county: { name: 'Esimerkin hyvinvointialue', portal: 'Luotsi – asiointipalvelu' },
  skipToContent: 'Siirry sisältöön',
  nav: { label: 'Päävalikko', home: 'Etusivu', staffHome: 'Työpöytä', menu: 'Valikko' },
  language: { label: 'Kieli', fi: 'Suomeksi', sv: 'På svenska', en: 'In English', current: 'Valittu kieli' },
  session: {
    signIn: 'Kirjaudu sisään',
    signOut: 'Kirjaudu ulos',
    signedInAs: 'Kirjautuneena: {{name}}',
    staffSignIn: 'Kirjaudu työntekijänä',
  },
  home: {
    title: 'Tervetuloa Esimerkin hyvinvointialueen asiointipalveluun',
    intro: 'Löydä palvelut, arvioi oireesi, pyydä apua ja hoida asioitasi yhdessä paikassa.',
    services: 'Palvelut',
    emergency: 'Hätätilanteessa soita 112.',
  },
  staffHome: {
    title: 'Työpöytä',
    intro: 'Valitse työkalu. Näet ne palvelut, joihin sinulla on oikeus.',
    nothing: 'Sinulla ei ole vielä oikeuksia yhteenkään palveluun. Ota yhteyttä pääkäyttäjään.',
  },
  staffSignIn: {
    title: 'Työntekijän kirjautuminen',
    body: 'Hyvinvointialueen työntekijät kirjautuvat organisaation tunnuksilla.',
  },
  signInRequired: {
    title: 'Kirjaudu sisään',
    body: 'Tämä sivu sisältää henkilökohtaisia tietoja. Tunnistaudu pankkitunnuksilla, mobiilivarmenteella tai varmennekortilla.',
  },
  forbidden: { title: 'Ei käyttöoikeutta', body: 'Sinulla ei ole oikeutta tähän palveluun. Jos tarvitset sitä työssäsi, ota yhteyttä esihenkilöösi.' },
  notFound: { title: 'Sivua ei löytynyt', body: 'Tarkista osoite tai palaa etusivulle.', backHome: 'Etusivulle' },
  unavailable: {
    title: 'Palvelu ei ole juuri nyt käytettävissä',
    body: 'Muut palvelut toimivat normaalisti. Yritä hetken kuluttua uudelleen.',
    retry: 'Yritä uudelleen',
  },
  loading: 'Ladataan…',
  footer: {
    accessibility: 'Saavutettavuusseloste',
    contact: 'Yhteystiedot: neuvonta 09 123 4567 (arkisin 8–16)',
  },
  accessibility: {
    title: 'Saavutettavuusseloste',
    intro: 'Tämä saavutettavuusseloste koskee Esimerkin hyvinvointialueen Luotsi-asiointipalvelua. Seloste on laadittu {{date}}. Palvelua koskee laki digitaalisten palvelujen tarjoamisesta (306/2019), joka edellyttää, että julkisten verkkopalvelujen on oltava saavutettavia.',
    statusTitle: 'Palvelun saavutettavuuden tila',
    status: 'Palvelu täyttää WCAG 2.1 -kriteeristön A- ja AA-tason vaatimukset osittain. Puutteet on lueteltu alla.',
    issuesTitle: 'Ei-saavutettava sisältö',
    issueContent: 'Osa tietokannan sisällöstä (esimerkiksi järjestöjen palvelukuvaukset) on saatavilla vain suomeksi. Näytämme silloin ilmoituksen sisällön kielestä.',
    issueTesting: 'Palvelu on testattu automaattisesti axe-työkalulla ja käsin näppäimistöllä. Ruudunlukijatestaus on vielä tekemättä.',
    assessmentTitle: 'Miten saavutettavuutta on arvioitu',
    assessment: 'Arvion on tehnyt palvelun kehitystiimi itse. Jokainen sivu tarkistetaan automaattisesti jokaisen muutoksen yhteydessä kolmella kielellä.',
    feedbackTitle: 'Anna palautetta saavutettavuudesta',
    feedback: 'Huomasitko saavutettavuuspuutteen? Kerro siitä meille. Vastaamme 14 päivän kuluessa.',
    feedbackEmail: 'Sähköposti: saavutettavuus@esimerkki-hyvinvointialue.fi',
    feedbackPhone: 'Puhelin: 09 123 4567',
    enforcementTitle: 'Valvontaviranomainen',
    enforcement: 'Jos huomaat palvelussa saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon aikana, voit tehdä ilmoituksen Etelä-Suomen aluehallintovirastoon.',
    enforcementContact: 'Etelä-Suomen aluehallintovirasto, saavutettavuuden valvonnan yksikkö, www.saavutettavuusvaatimukset.fi, saavutettavuus@avi.fi, puhelin (vaihde) 0295 016 000.',
  },
  documentTitle: '{{page}} – Esimerkin hyvinvointialue',
});
