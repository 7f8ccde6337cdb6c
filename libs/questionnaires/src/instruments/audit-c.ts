import type { QuestionnaireDefinition } from '../types';
import { alcoholAdvice, auditConsumptionItems } from './audit';
import { instrumentSignOff, noContact, text } from './common';

/** Cut-offs for a positive AUDIT-C (total of items 1–3, 0–12): positive at or above. */
export interface AuditCCutOffs {
  readonly male: number;
  readonly female: number;
}

/** Finnish practice (Käypä hoito): men 6 or more, women 5 or more. */
export const finnishAuditCCutOffs: AuditCCutOffs = { male: 6, female: 5 };
/** International practice (Bush et al. 1998; Bradley et al. 2007): men 4 or more, women 3 or more. */
export const internationalAuditCCutOffs: AuditCCutOffs = { male: 4, female: 3 };

/**
 * AUDIT-C with the given cut-offs (configuration, not code: they differ between countries).
 * The person's sex is an item, as the cut-off depends on it.
 */
export function createAuditC(
  cutOffs: AuditCCutOffs = finnishAuditCCutOffs,
): QuestionnaireDefinition {
  return {
    id: 'audit-c',
    version: '1.0.0',
    kind: 'instrument',
    title: text(
      'Alkoholinkäytön riskit, lyhyt kysely (AUDIT-C)',
      'Riskerna med alkoholbruk, kort enkät (AUDIT-C)',
      'Alcohol use risks, short questionnaire (AUDIT-C)',
    ),
    description: text(
      'Kolme kysymystä alkoholinkäytöstäsi. Raja-arvo riippuu sukupuolesta.',
      'Tre frågor om ditt alkoholbruk. Gränsvärdet beror på kön.',
      'Three questions about your drinking. The limit depends on your sex.',
    ),
    source: `AUDIT-C, Bush K et al. Arch Intern Med 1998;158:1789–1795. Positive at men ≥${cutOffs.male}, women ≥${cutOffs.female}.`,
    clinicalSignOff: instrumentSignOff,
    sections: [
      {
        id: 'audit-c-background',
        title: text('Taustatieto', 'Bakgrund', 'Background'),
        items: [
          {
            id: 'sex',
            type: 'choice',
            text: text('Sukupuoli', 'Kön', 'Sex'),
            required: true,
            options: [
              { value: 'male', text: text('Mies', 'Man', 'Male') },
              { value: 'female', text: text('Nainen', 'Kvinna', 'Female') },
            ],
          },
        ],
      },
      {
        id: 'audit-c-items',
        title: text('Juominen', 'Drickande', 'Drinking'),
        items: auditConsumptionItems,
      },
    ],
    scoring: { items: ['1', '2', '3'] },
    bands: [
      {
        id: 'positive',
        label: text(
          'Riskikäytön raja ylittyy',
          'Gränsen för riskbruk överskrids',
          'Above the limit for hazardous drinking',
        ),
        when: {
          any: [
            { all: [{ item: 'sex', equals: 'male' }, { score: { min: cutOffs.male } }] },
            { all: [{ item: 'sex', equals: 'female' }, { score: { min: cutOffs.female } }] },
          ],
        },
        urgency: 'self-care',
        advice: ['alcohol-cut-down', 'audit-c-full-audit'],
        contact: noContact,
      },
      {
        id: 'negative',
        label: text(
          'Riskikäytön raja ei ylity',
          'Gränsen för riskbruk överskrids inte',
          'Below the limit for hazardous drinking',
        ),
        urgency: 'self-care',
        advice: ['alcohol-low-risk'],
        contact: noContact,
      },
    ],
    texts: {
      'alcohol-low-risk': alcoholAdvice['alcohol-low-risk'],
      'alcohol-cut-down': alcoholAdvice['alcohol-cut-down'],
      'audit-c-full-audit': text(
        'Tee myös koko AUDIT-kysely. Se kertoo tarkemmin juomisen riskeistä.',
        'Gör också hela AUDIT-enkäten. Den visar riskerna med drickandet mer exakt.',
        'Also take the full AUDIT questionnaire. It shows the risks of your drinking in more detail.',
      ),
    },
  };
}
