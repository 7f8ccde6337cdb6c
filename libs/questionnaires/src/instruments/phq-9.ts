import type { ChoiceItem, LocalizedText, QuestionnaireDefinition } from '../types';
import {
  healthCentre,
  instrumentSignOff,
  noContact,
  scoreBand,
  sharedAdvice,
  text,
  twoWeekFrequency,
} from './common';

const item = (id: string, wording: LocalizedText): ChoiceItem => ({
  id,
  type: 'choice',
  text: wording,
  required: true,
  options: twoWeekFrequency,
});

/**
 * PHQ-9 (Kroenke, Spitzer & Williams 2001). Items 0–3, total 0–27; bands 0–4, 5–9, 10–14,
 * 15–19, 20–27. Item 9 above 0 always gives the urgent advice, whatever the total.
 */
export const phq9: QuestionnaireDefinition = {
  id: 'phq-9',
  version: '1.0.0',
  kind: 'instrument',
  title: text(
    'Mielialakysely (PHQ-9)',
    'Frågeformulär om sinnesstämning (PHQ-9)',
    'Mood questionnaire (PHQ-9)',
  ),
  description: text(
    'Kuinka usein seuraavat ongelmat ovat vaivanneet sinua viimeisen kahden viikon aikana?',
    'Hur ofta under de senaste två veckorna har du besvärats av något av följande problem?',
    'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  ),
  source:
    'PHQ-9, Kroenke K, Spitzer RL, Williams JB. J Gen Intern Med 2001;16:606–613. Free to use, no permission required.',
  clinicalSignOff: instrumentSignOff,
  sections: [
    {
      id: 'phq-9-items',
      title: text('Viimeiset kaksi viikkoa', 'De senaste två veckorna', 'The last 2 weeks'),
      items: [
        item(
          '1',
          text(
            'Vähäinen kiinnostus tai mielihyvä asioiden tekemiseen',
            'Lite intresse eller glädje i att göra saker',
            'Little interest or pleasure in doing things',
          ),
        ),
        item(
          '2',
          text(
            'Alakuloisuus, masentuneisuus tai toivottomuus',
            'Känt dig nedstämd, deprimerad eller känt att framtiden ser hopplös ut',
            'Feeling down, depressed, or hopeless',
          ),
        ),
        item(
          '3',
          text(
            'Nukahtamisvaikeudet, katkonainen uni tai liiallinen nukkuminen',
            'Svårt att somna eller att sova utan avbrott, eller sovit för mycket',
            'Trouble falling or staying asleep, or sleeping too much',
          ),
        ),
        item(
          '4',
          text(
            'Väsymys tai voimattomuus',
            'Känt dig trött eller haft ont om energi',
            'Feeling tired or having little energy',
          ),
        ),
        item(
          '5',
          text(
            'Huono ruokahalu tai ylensyönti',
            'Dålig aptit eller ätit för mycket',
            'Poor appetite or overeating',
          ),
        ),
        item(
          '6',
          text(
            'Huono itsetunto – tunne siitä, että olet epäonnistunut tai tuottanut pettymyksen itsellesi tai perheellesi',
            'Dålig självkänsla – eller känt att du är ett misslyckande eller att du svikit dig själv eller din familj',
            'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
          ),
        ),
        item(
          '7',
          text(
            'Keskittymisvaikeudet, esimerkiksi sanomalehteä lukiessa tai televisiota katsoessa',
            'Svårt att koncentrera dig, till exempel när du läser tidningen eller tittar på tv',
            'Trouble concentrating on things, such as reading the newspaper or watching television',
          ),
        ),
        item(
          '8',
          text(
            'Liikkeiden tai puheen hitaus niin, että muut ovat voineet huomata sen. Tai päinvastoin: levottomuus, jonka vuoksi olet liikkunut tavallista enemmän',
            'Rört dig eller talat så långsamt att andra kunnat märka det. Eller motsatsen: varit så nervös eller rastlös att du rört dig mycket mer än vanligt',
            'Moving or speaking so slowly that other people could have noticed. Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
          ),
        ),
        item(
          '9',
          text(
            'Ajatukset siitä, että olisi parempi, jos olisit kuollut, tai ajatukset itsesi vahingoittamisesta jollakin tavalla',
            'Tankar på att det vore bättre om du var död eller att skada dig själv på något sätt',
            'Thoughts that you would be better off dead, or of hurting yourself in some way',
          ),
        ),
      ],
    },
  ],
  scoring: { items: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] },
  redFlags: [
    {
      // Domain rule: any answer above 0 on item 9 means urgent follow-up, whatever the total.
      id: 'self-harm-thoughts',
      label: text('Itsetuhoisia ajatuksia (kysymys 9)', 'Tankar på att skada sig själv (fråga 9)', 'Thoughts of self-harm (question 9)'),
      when: { item: '9', anyOf: [1, 2, 3] },
      endsAssessment: false,
      urgency: 'same-day',
      advice: ['urgent-self-harm', 'urgent-contact-today'],
      contact: healthCentre,
    },
  ],
  bands: [
    scoreBand(
      'minimal',
      0,
      4,
      text(
        'Ei masennusoireita tai vähäiset oireet',
        'Inga eller minimala symtom',
        'Minimal symptoms',
      ),
      'self-care',
      ['self-care'],
      noContact,
    ),
    scoreBand(
      'mild',
      5,
      9,
      text('Lieviä masennusoireita', 'Lindriga symtom', 'Mild symptoms'),
      'self-care',
      ['self-care', 'contact-if-worse'],
      noContact,
    ),
    scoreBand(
      'moderate',
      10,
      14,
      text('Kohtalaisia masennusoireita', 'Måttliga symtom', 'Moderate symptoms'),
      'non-urgent',
      ['book-appointment'],
      healthCentre,
    ),
    scoreBand(
      'moderately-severe',
      15,
      19,
      text('Melko vaikeita masennusoireita', 'Medelsvåra symtom', 'Moderately severe symptoms'),
      'within-days',
      ['contact-within-days'],
      healthCentre,
    ),
    scoreBand(
      'severe',
      20,
      27,
      text('Vaikeita masennusoireita', 'Svåra symtom', 'Severe symptoms'),
      'within-days',
      ['contact-within-days'],
      healthCentre,
    ),
  ],
  texts: {
    ...sharedAdvice,
    'urgent-self-harm': text(
      'Jos voit vahingoittaa itseäsi nyt, soita 112.',
      'Om du kan skada dig själv nu, ring 112.',
      'If you might hurt yourself now, call 112.',
    ),
    'urgent-contact-today': text(
      'Ota yhteyttä terveysasemalle tänään. Virka-ajan ulkopuolella soita Päivystysapuun 116 117.',
      'Kontakta hälsostationen i dag. Utanför tjänstetid, ring Jourhjälpen 116 117.',
      'Contact your health centre today. Outside office hours, call the on-call helpline 116 117.',
    ),
  },
};
