import { defineTexts } from '@luotsi/i18n';

/** The accessibility statement (law 306/2019): its own namespace, loaded only on its page. */
export const fi = defineTexts({
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
  enforcementContact: 'Etelä-Suomen aluehallintovirasto, saavutettavuuden valvonnan yksikkö, www.saavutettavuusvaatimukset.fi, saavutettavuus@avi.fi, puhelin (vaihde) 0295 016 000.',});
