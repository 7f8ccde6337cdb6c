import { defineTexts } from '@luotsi/i18n';

/** Texts of the assessment page only: loaded with that page (the route's `texts` in module.ts). */
export const fi = defineTexts({
  assessment: {
    notFound: 'Tätä arviota ei löytynyt.',
    allAssessments: 'Kaikki oirearviot',
    progress: 'Kysymys {{current}}/{{total}}',
    back: 'Edellinen',
    next: 'Seuraava',
    finish: 'Näytä tulos',
    startOver: 'Aloita alusta',
    changeAnswers: 'Muuta vastauksia',
    chooseAll: 'Valitse kaikki sopivat.',
    errors: {
      required: 'Vastaa kysymykseen, niin pääset eteenpäin.',
      invalid: 'Tarkista vastaus.',
      range: 'Anna luku väliltä {{min}}–{{max}}.',
    },
    emergency: {
      title: 'Soita heti hätänumeroon 112',
      call: 'Soita 112',
    },
    emergencyDepartment: {
      title: 'Hakeudu heti päivystykseen',
      helpline: 'Päivystysapu neuvoo, mihin päivystykseen voit mennä.',
      call: 'Soita Päivystysapuun 116 117',
    },
    result: {
      title: 'Tulos',
      advice: 'Mitä voit tehdä',
      notDiagnosis: 'Tulos ei ole diagnoosi. Jos vointisi huononee, ota yhteyttä terveysasemalle tai Päivystysapuun 116 117.',
    },
    send: {
      title: 'Pyydä yhteydenottoa terveysasemalta',
      intro: 'Hoitaja lukee vastauksesi ja ottaa sinuun yhteyttä.',
      signInNote: 'Lähettämiseen tarvitset vahvan tunnistautumisen. Vastauksesi säilyvät.',
      signIn: 'Tunnistaudu ja lähetä',
      whoFor: 'Kenen oireista on kyse?',
      self: 'Omista oireistani',
      child: 'Lapseni {{name}} oireista',
      phone: 'Puhelinnumero',
      email: 'Sähköposti',
      contactHint: 'Anna puhelinnumero tai sähköposti, tai molemmat. Tarkista, että ne ovat oikein.',
      consent: 'Annan luvan, että terveysaseman ammattilainen lukee vastaukseni.',
      submit: 'Lähetä pyyntö',
      sentTitle: 'Pyyntö on lähetetty',
      sentBody: 'Terveysasema ottaa sinuun yhteyttä. Näet pyynnön tilan omista pyynnöistäsi.',
      errors: {
        consent: 'Anna lupa, jotta voimme lähettää pyynnön.',
        contact: 'Anna puhelinnumero tai sähköposti.',
        phone: 'Tarkista puhelinnumero.',
        email: 'Tarkista sähköpostiosoite.',
        failed: 'Lähettäminen ei onnistunut. Yritä hetken kuluttua uudelleen.',
      },
    },
  },
  nextStep: {
    emergency: 'Hätätilanne: soita 112',
    'emergency-department': 'Hakeudu päivystykseen nyt',
    'same-day': 'Ota yhteyttä terveysasemalle tänään',
    'within-days': 'Ota yhteyttä terveysasemalle 1–3 päivän kuluessa',
    'non-urgent': 'Kiireetön: ota yhteyttä terveysasemalle, kun sinulle sopii',
    'self-care': 'Voit hoitaa oireita kotona',
  },
});
