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

/** GAD-7 (Spitzer, Kroenke, Williams & Löwe 2006). Items 0–3, total 0–21; bands 0–4, 5–9, 10–14, 15–21. */
export const gad7: QuestionnaireDefinition = {
  id: 'gad-7',
  version: '1.0.0',
  kind: 'instrument',
  title: text(
    'Ahdistuneisuuskysely (GAD-7)',
    'Frågeformulär om ångest (GAD-7)',
    'Anxiety questionnaire (GAD-7)',
  ),
  description: text(
    'Kuinka usein seuraavat ongelmat ovat vaivanneet sinua viimeisen kahden viikon aikana?',
    'Hur ofta under de senaste två veckorna har du besvärats av följande problem?',
    'Over the last 2 weeks, how often have you been bothered by the following problems?',
  ),
  source:
    'GAD-7, Spitzer RL, Kroenke K, Williams JB, Löwe B. Arch Intern Med 2006;166:1092–1097. Free to use, no permission required.',
  clinicalSignOff: instrumentSignOff,
  sections: [
    {
      id: 'gad-7-items',
      title: text('Viimeiset kaksi viikkoa', 'De senaste två veckorna', 'The last 2 weeks'),
      items: [
        item(
          '1',
          text(
            'Hermostuneisuus, ahdistuneisuus tai kireys',
            'Känt dig nervös, ängslig eller väldigt stressad',
            'Feeling nervous, anxious, or on edge',
          ),
        ),
        item(
          '2',
          text(
            'Kyvyttömyys lopettaa tai hallita huolestumista',
            'Inte kunnat sluta oroa dig eller kontrollera din oro',
            'Not being able to stop or control worrying',
          ),
        ),
        item(
          '3',
          text(
            'Liiallinen huolestuminen erilaisista asioista',
            'Oroat dig för mycket för olika saker',
            'Worrying too much about different things',
          ),
        ),
        item('4', text('Vaikeus rentoutua', 'Haft svårt att koppla av', 'Trouble relaxing')),
        item(
          '5',
          text(
            'Niin levoton olo, että on vaikea pysyä paikallaan',
            'Varit så rastlös att du haft svårt att sitta still',
            'Being so restless that it is hard to sit still',
          ),
        ),
        item(
          '6',
          text(
            'Taipumus ärsyyntyä tai hermostua helposti',
            'Blivit lätt irriterad eller retlig',
            'Becoming easily annoyed or irritable',
          ),
        ),
        item(
          '7',
          text(
            'Pelko siitä, että jotain kauheaa saattaa tapahtua',
            'Känt dig rädd för att något hemskt skulle hända',
            'Feeling afraid, as if something awful might happen',
          ),
        ),
      ],
    },
  ],
  scoring: { items: ['1', '2', '3', '4', '5', '6', '7'] },
  bands: [
    scoreBand(
      'minimal',
      0,
      4,
      text(
        'Ei ahdistusoireita tai vähäiset oireet',
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
      text('Lieviä ahdistusoireita', 'Lindriga symtom', 'Mild symptoms'),
      'self-care',
      ['self-care', 'contact-if-worse'],
      noContact,
    ),
    scoreBand(
      'moderate',
      10,
      14,
      text('Kohtalaisia ahdistusoireita', 'Måttliga symtom', 'Moderate symptoms'),
      'non-urgent',
      ['book-appointment'],
      healthCentre,
    ),
    scoreBand(
      'severe',
      15,
      21,
      text('Vaikeita ahdistusoireita', 'Svåra symtom', 'Severe symptoms'),
      'within-days',
      ['contact-within-days'],
      healthCentre,
    ),
  ],
  texts: sharedAdvice,
};
