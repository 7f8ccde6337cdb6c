import type { ChoiceItem, LocalizedText, QuestionnaireDefinition } from '../types';
import {
  healthCentre,
  instrumentSignOff,
  noContact,
  scoreBand,
  scoredOptions,
  text,
} from './common';

const choice = (
  id: string,
  wording: LocalizedText,
  options: ChoiceItem['options'],
  help?: LocalizedText,
): ChoiceItem => ({
  id,
  type: 'choice',
  text: wording,
  required: true,
  options,
  ...(help ? { help } : {}),
});

const lastYearFrequency = scoredOptions(
  [0, text('Ei koskaan', 'Aldrig', 'Never')],
  [1, text('Harvemmin kuin kerran kuussa', 'Mer sällan än en gång i månaden', 'Less than monthly')],
  [2, text('Kerran kuussa', 'Varje månad', 'Monthly')],
  [3, text('Kerran viikossa', 'Varje vecka', 'Weekly')],
  [
    4,
    text(
      'Päivittäin tai lähes päivittäin',
      'Dagligen eller nästan varje dag',
      'Daily or almost daily',
    ),
  ],
);

/** Items 9 and 10 score 0, 2 or 4: there is no 1 or 3. */
const harmOptions = scoredOptions(
  [0, text('Ei', 'Nej', 'No')],
  [
    2,
    text(
      'On, mutta ei viimeisen vuoden aikana',
      'Ja, men inte under det senaste året',
      'Yes, but not in the last year',
    ),
  ],
  [
    4,
    text('On, viimeisen vuoden aikana', 'Ja, under det senaste året', 'Yes, during the last year'),
  ],
);

const standardDrink = text(
  'Yksi annos on esimerkiksi pullo (33 cl) keskiolutta tai siideriä, lasi (12 cl) viiniä tai ravintola-annos (4 cl) väkevää juomaa.',
  'En portion är till exempel en flaska (33 cl) mellanöl eller cider, ett glas (12 cl) vin eller en restaurangportion (4 cl) starksprit.',
  'One drink is, for example, a bottle (33 cl) of medium-strength beer or cider, a glass (12 cl) of wine or a bar measure (4 cl) of spirits.',
);

/** AUDIT items 1–3, which are also the whole AUDIT-C. */
export const auditConsumptionItems: readonly ChoiceItem[] = [
  choice(
    '1',
    text(
      'Kuinka usein juot olutta, viiniä tai muita alkoholijuomia?',
      'Hur ofta dricker du alkohol?',
      'How often do you have a drink containing alcohol?',
    ),
    scoredOptions(
      [0, text('Ei koskaan', 'Aldrig', 'Never')],
      [
        1,
        text(
          'Noin kerran kuussa tai harvemmin',
          'En gång i månaden eller mer sällan',
          'Monthly or less',
        ),
      ],
      [2, text('2–4 kertaa kuussa', '2–4 gånger i månaden', '2 to 4 times a month')],
      [3, text('2–3 kertaa viikossa', '2–3 gånger i veckan', '2 to 3 times a week')],
      [
        4,
        text(
          '4 kertaa viikossa tai useammin',
          '4 gånger i veckan eller mer',
          '4 or more times a week',
        ),
      ],
    ),
  ),
  choice(
    '2',
    text(
      'Kuinka monta annosta alkoholia yleensä otat niinä päivinä, joina käytät alkoholia?',
      'Hur många standardglas dricker du en typisk dag då du dricker alkohol?',
      'How many drinks containing alcohol do you have on a typical day when you are drinking?',
    ),
    scoredOptions(
      [0, text('1–2 annosta', '1–2 glas', '1 or 2')],
      [1, text('3–4 annosta', '3–4 glas', '3 or 4')],
      [2, text('5–6 annosta', '5–6 glas', '5 or 6')],
      [3, text('7–9 annosta', '7–9 glas', '7 to 9')],
      [4, text('10 annosta tai enemmän', '10 glas eller fler', '10 or more')],
    ),
    standardDrink,
  ),
  choice(
    '3',
    text(
      'Kuinka usein juot kerralla kuusi annosta tai enemmän?',
      'Hur ofta dricker du sex standardglas eller fler vid samma tillfälle?',
      'How often do you have six or more drinks on one occasion?',
    ),
    lastYearFrequency,
    standardDrink,
  ),
];

const auditHarmItems: readonly ChoiceItem[] = [
  choice(
    '4',
    text(
      'Kuinka usein viimeisen vuoden aikana sinulle kävi niin, että et pystynyt lopettamaan alkoholinkäyttöä, kun aloit ottaa?',
      'Hur ofta under det senaste året har du inte kunnat sluta dricka när du väl har börjat?',
      'How often during the last year have you found that you were not able to stop drinking once you had started?',
    ),
    lastYearFrequency,
  ),
  choice(
    '5',
    text(
      'Kuinka usein viimeisen vuoden aikana et juomisesi vuoksi pystynyt tekemään jotain, mitä tavallisesti olisit tehnyt?',
      'Hur ofta under det senaste året har du låtit bli att göra något som du borde ha gjort för att du drack?',
      'How often during the last year have you failed to do what was normally expected of you because of drinking?',
    ),
    lastYearFrequency,
  ),
  choice(
    '6',
    text(
      'Kuinka usein viimeisen vuoden aikana olet tarvinnut aamulla ensimmäisen ryypyn päästäksesi liikkeelle runsaan juomisen jälkeen?',
      'Hur ofta under det senaste året har du behövt en återställare på morgonen efter mycket drickande dagen före?',
      'How often during the last year have you needed a first drink in the morning to get yourself going after a heavy drinking session?',
    ),
    lastYearFrequency,
  ),
  choice(
    '7',
    text(
      'Kuinka usein viimeisen vuoden aikana olet tuntenut syyllisyyttä tai katumusta juomisen jälkeen?',
      'Hur ofta under det senaste året har du känt skuld eller ånger efter att du druckit?',
      'How often during the last year have you had a feeling of guilt or remorse after drinking?',
    ),
    lastYearFrequency,
  ),
  choice(
    '8',
    text(
      'Kuinka usein viimeisen vuoden aikana et juomisen vuoksi muistanut edellisen illan tapahtumia?',
      'Hur ofta under det senaste året har du inte kunnat komma ihåg vad som hände kvällen före på grund av att du druckit?',
      'How often during the last year have you been unable to remember what happened the night before because you had been drinking?',
    ),
    lastYearFrequency,
  ),
  choice(
    '9',
    text(
      'Oletko itse tai onko joku muu loukkaantunut juomisesi seurauksena?',
      'Har du själv eller någon annan blivit skadad på grund av ditt drickande?',
      'Have you or someone else been injured as a result of your drinking?',
    ),
    harmOptions,
  ),
  choice(
    '10',
    text(
      'Onko sukulaisesi, ystäväsi, lääkäri tai muu terveydenhuollon työntekijä ollut huolissaan juomisestasi tai ehdottanut, että vähentäisit sitä?',
      'Har en släkting eller vän, en läkare eller annan vårdpersonal oroat sig över ditt drickande eller föreslagit att du borde minska på det?',
      'Has a relative or friend, a doctor or another health worker been concerned about your drinking or suggested that you cut down?',
    ),
    harmOptions,
  ),
];

export const alcoholAdvice = {
  'alcohol-low-risk': text(
    'Alkoholinkäyttösi riskit ovat pienet. Hyvä niin.',
    'Riskerna med ditt alkoholbruk är små. Fortsätt så.',
    'The risks of your drinking are low. Keep it that way.',
  ),
  'alcohol-cut-down': text(
    'Juomisesi lisää terveysriskejä. Vähentäminen kannattaa aina. Kokeile esimerkiksi alkoholittomia päiviä.',
    'Ditt drickande ökar hälsoriskerna. Det lönar sig alltid att minska. Pröva till exempel alkoholfria dagar.',
    'Your drinking raises your health risks. Cutting down always helps. Try, for example, alcohol-free days.',
  ),
  'alcohol-talk': text(
    'Juominen aiheuttaa sinulle jo haittaa. Juttele siitä terveysasemalla. Voit jättää yhteydenottopyynnön.',
    'Drickandet orsakar dig redan skada. Prata om det på hälsostationen. Du kan lämna en kontaktbegäran.',
    'Drinking is already harming you. Talk about it at your health centre. You can leave a contact request.',
  ),
  'alcohol-get-help': text(
    'Saatat olla riippuvainen alkoholista. Apua on saatavilla. Ota yhteyttä terveysasemalle muutaman päivän sisällä.',
    'Du kan vara beroende av alkohol. Det finns hjälp. Kontakta hälsostationen inom några dagar.',
    'You may be dependent on alcohol. Help is available. Contact your health centre within a few days.',
  ),
} as const;

/**
 * AUDIT (WHO, Babor et al. 2001). Items 1–8 score 0–4, items 9–10 score 0, 2 or 4; total 0–40;
 * zones 0–7, 8–15, 16–19, 20–40.
 */
export const audit: QuestionnaireDefinition = {
  id: 'audit',
  version: '1.0.0',
  kind: 'instrument',
  title: text(
    'Alkoholinkäytön riskit (AUDIT)',
    'Riskerna med alkoholbruk (AUDIT)',
    'Alcohol use risks (AUDIT)',
  ),
  description: text(
    'Kysymykset koskevat alkoholinkäyttöäsi viimeisen vuoden aikana.',
    'Frågorna gäller ditt alkoholbruk under det senaste året.',
    'The questions are about your drinking during the last year.',
  ),
  source: 'AUDIT, Babor TF et al. WHO/MSD/MSB/01.6a, 2001. Public domain (WHO).',
  clinicalSignOff: instrumentSignOff,
  sections: [
    {
      id: 'audit-consumption',
      title: text('Juominen', 'Drickande', 'Drinking'),
      items: auditConsumptionItems,
    },
    {
      id: 'audit-harms',
      title: text('Juomisen haitat', 'Skador av drickandet', 'Harms from drinking'),
      items: auditHarmItems,
    },
  ],
  scoring: { items: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] },
  bands: [
    scoreBand(
      'low-risk',
      0,
      7,
      text('Pieni riski', 'Låg risk', 'Low risk'),
      'self-care',
      ['alcohol-low-risk'],
      noContact,
    ),
    scoreBand(
      'hazardous',
      8,
      15,
      text('Riskikäyttö', 'Riskbruk', 'Hazardous drinking'),
      'self-care',
      ['alcohol-cut-down'],
      noContact,
    ),
    scoreBand(
      'harmful',
      16,
      19,
      text('Haitallinen käyttö', 'Skadligt bruk', 'Harmful drinking'),
      'non-urgent',
      ['alcohol-cut-down', 'alcohol-talk'],
      healthCentre,
    ),
    scoreBand(
      'possible-dependence',
      20,
      40,
      text('Mahdollinen riippuvuus', 'Möjligt beroende', 'Possible dependence'),
      'within-days',
      ['alcohol-get-help'],
      healthCentre,
    ),
  ],
  texts: alcoholAdvice,
};
