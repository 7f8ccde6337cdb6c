import { defineTexts } from '@luotsi/i18n';

export const fi = defineTexts({
  county: { name: 'Esimerkin hyvinvointialue', portal: 'Luotsi – asiointipalvelu' },
  skipToContent: 'Siirry sisältöön',
  nav: { label: 'Päävalikko', home: 'Etusivu', staffHome: 'Työpöytä' },
  language: { label: 'Kieli' },
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

  documentTitle: '{{page}} – Esimerkin hyvinvointialue',
});
