import { demoId, demoResidents, type PrismaClient, type SeedStep } from '@luotsi/db';
import { getQuestionnaire } from '@luotsi/questionnaires';
import type { ContactRequestStatus, Urgency } from './urgency';

type Localized = { fi: string; sv?: string; en?: string };

interface QuestionnaireSeed {
  /** An id of the engine's registry (@luotsi/questionnaires). */
  id: string;
  category: 'mental-health' | 'substance-use' | 'infection' | 'musculoskeletal' | 'other';
  estimatedMinutes: number;
  /** The catalogue text when the definition has no description of its own. */
  description?: Localized;
}

/**
 * The assessments of the catalogue: one entry per questionnaire of the engine's registry, which
 * owns the questions, rules, names and (for the symptom assessments) descriptions. Here are only
 * what the catalogue adds: the category and the time it takes.
 */
const questionnaires: readonly QuestionnaireSeed[] = [
  {
    id: 'phq-9',
    category: 'mental-health',
    estimatedMinutes: 5,
    description: {
      fi: 'Yhdeksän kysymystä mielialastasi kahden viime viikon ajalta. Tulos kertoo, kuinka voimakkaita masennusoireet ovat.',
      sv: 'Nio frågor om ditt humör under de senaste två veckorna. Resultatet visar hur starka depressionssymtomen är.',
      en: 'Nine questions about your mood over the last two weeks. The result shows how strong the symptoms of depression are.',
    },
  },
  {
    id: 'gad-7',
    category: 'mental-health',
    estimatedMinutes: 3,
    description: {
      fi: 'Seitsemän kysymystä huolestuneisuudesta ja jännittyneisyydestä kahden viime viikon ajalta.',
      sv: 'Sju frågor om oro och spänning under de senaste två veckorna.',
      en: 'Seven questions about worry and tension over the last two weeks.',
    },
  },
  {
    id: 'audit',
    category: 'substance-use',
    estimatedMinutes: 5,
    description: {
      fi: 'Kymmenen kysymystä alkoholinkäytöstäsi. Saat tietää, liittyykö juomiseesi terveysriskejä.',
      sv: 'Tio frågor om ditt alkoholbruk. Du får veta om ditt drickande innebär hälsorisker.',
      en: 'Ten questions about your drinking. You find out whether it carries health risks.',
    },
  },
  {
    id: 'audit-c',
    category: 'substance-use',
    estimatedMinutes: 2,
    description: {
      fi: 'AUDIT-kyselyn kolme ensimmäistä kysymystä. Nopea tapa tarkistaa, kannattaako juomista vähentää.',
      sv: 'De tre första frågorna i AUDIT. Ett snabbt sätt att se om du borde dricka mindre.',
      en: 'The first three questions of AUDIT. A quick way to see whether you should drink less.',
    },
  },
  { id: 'respiratory-infection', category: 'infection', estimatedMinutes: 5 },
  { id: 'sore-throat', category: 'infection', estimatedMinutes: 4 },
  { id: 'urinary-symptoms', category: 'infection', estimatedMinutes: 5 },
  { id: 'diarrhoea', category: 'infection', estimatedMinutes: 4 },
  { id: 'low-back-pain', category: 'musculoskeletal', estimatedMinutes: 5 },
  { id: 'headache', category: 'other', estimatedMinutes: 5 },
];

/** Catalogue ids that are no longer in the engine: kept inactive so old contact requests still name them. */
const retiredQuestionnaireIds = ['urinary-tract-infection', 'back-pain', 'knee-symptoms'] as const;

interface ContactRequestSeed {
  key: string;
  unitCode: string;
  /** A persona's OIDC subject or a demo resident's "First Last". */
  person: string;
  questionnaireId: string;
  urgency: Urgency;
  status: ContactRequestStatus;
  createdAt: string;
  summary: Localized & { scores?: Record<string, number> };
}

/**
 * Contact requests of the Espoo health centre (Hanna Hoitaja's queue: eight open and one handled)
 * and two of the Raseborg health centre, which Espoo's nurses must not see.
 */
const contactRequests: readonly ContactRequestSeed[] = [
  {
    key: 'esp-1', unitCode: 'ESP-TK', person: 'Matti Korhonen', questionnaireId: 'respiratory-infection', urgency: 'same-day', status: 'new',
    createdAt: '2026-11-23T07:42:00Z',
    summary: { fi: 'Kuume yli 38 °C kolme päivää, hengenahdistusta rasituksessa.', sv: 'Feber över 38 °C i tre dagar, andnöd vid ansträngning.', en: 'Fever over 38 °C for three days, short of breath on exertion.' },
  },
  {
    key: 'esp-2', unitCode: 'ESP-TK', person: 'Leena Salminen', questionnaireId: 'urinary-symptoms', urgency: 'within-days', status: 'new',
    createdAt: '2026-11-22T19:05:00Z',
    summary: { fi: 'Kirvelyä virtsatessa kaksi päivää, ei kuumetta.', sv: 'Sveda vid urinering i två dagar, ingen feber.', en: 'Burning on urination for two days, no fever.' },
  },
  {
    key: 'esp-3', unitCode: 'ESP-TK', person: 'resident-tessa', questionnaireId: 'phq-9', urgency: 'same-day', status: 'in-progress',
    createdAt: '2026-11-23T06:15:00Z',
    summary: {
      fi: 'PHQ-9: 16 pistettä (keskivaikeat–vaikeat oireet). Kysymys 9 yli 0.', sv: 'PHQ-9: 16 poäng (medelsvåra–svåra symtom). Fråga 9 över 0.',
      en: 'PHQ-9: 16 points (moderately severe symptoms). Item 9 above 0.', scores: { total: 16, item9: 1 },
    },
  },
  {
    key: 'esp-4', unitCode: 'ESP-TK', person: 'Ahmed Hassan', questionnaireId: 'low-back-pain', urgency: 'non-urgent', status: 'new',
    createdAt: '2026-11-21T10:30:00Z',
    summary: { fi: 'Alaselkäkipu kolme viikkoa, ei säteilyä jalkoihin.', sv: 'Smärta i ländryggen i tre veckor, ingen utstrålning till benen.', en: 'Lower back pain for three weeks, not spreading to the legs.' },
  },
  {
    key: 'esp-5', unitCode: 'ESP-TK', person: 'Leena Salminen', questionnaireId: 'audit', urgency: 'non-urgent', status: 'new',
    createdAt: '2026-11-20T15:12:00Z',
    summary: { fi: 'AUDIT: 12 pistettä (riskikäyttö).', sv: 'AUDIT: 12 poäng (riskbruk).', en: 'AUDIT: 12 points (hazardous drinking).', scores: { total: 12 } },
  },
  {
    key: 'esp-6', unitCode: 'ESP-TK', person: 'Ahmed Hassan', questionnaireId: 'respiratory-infection', urgency: 'emergency-department', status: 'new',
    createdAt: '2026-11-23T08:20:00Z',
    summary: { fi: 'Hengenahdistusta levossa, kuume 39,5 °C.', sv: 'Andnöd i vila, feber 39,5 °C.', en: 'Short of breath at rest, fever 39.5 °C.' },
  },
  {
    key: 'esp-7', unitCode: 'ESP-TK', person: 'resident-tessa', questionnaireId: 'gad-7', urgency: 'within-days', status: 'new',
    createdAt: '2026-11-22T08:00:00Z',
    summary: { fi: 'GAD-7: 11 pistettä (kohtalainen ahdistuneisuus).', sv: 'GAD-7: 11 poäng (måttlig ångest).', en: 'GAD-7: 11 points (moderate anxiety).', scores: { total: 11 } },
  },
  {
    key: 'esp-8', unitCode: 'ESP-TK', person: 'Matti Korhonen', questionnaireId: 'headache', urgency: 'self-care', status: 'new',
    createdAt: '2026-11-19T12:00:00Z',
    summary: { fi: 'Jännityspäänsärky iltaisin, ei vaaran merkkejä. Toivoo neuvoa.', sv: 'Spänningshuvudvärk på kvällarna, inga varningstecken. Önskar råd.', en: 'Tension headache in the evenings, no danger signs. Would like advice.' },
  },
  {
    key: 'esp-9', unitCode: 'ESP-TK', person: 'Leena Salminen', questionnaireId: 'respiratory-infection', urgency: 'same-day', status: 'handled',
    createdAt: '2026-11-20T07:30:00Z',
    summary: { fi: 'Kurkkukipu ja kuume 38,2 °C.', sv: 'Ont i halsen och feber 38,2 °C.', en: 'Sore throat and fever 38.2 °C.' },
  },
  {
    key: 'lan-1', unitCode: 'LAN-TK', person: 'resident-ville', questionnaireId: 'urinary-symptoms', urgency: 'emergency-department', status: 'new',
    createdAt: '2026-11-23T05:50:00Z',
    summary: { fi: 'Korkea kuume ja kylkikipu.', sv: 'Hög feber och smärta i sidan.', en: 'High fever and pain in the side.' },
  },
  {
    key: 'lan-2', unitCode: 'LAN-TK', person: 'Sara Holmström', questionnaireId: 'phq-9', urgency: 'same-day', status: 'new',
    createdAt: '2026-11-22T09:00:00Z',
    summary: { fi: 'PHQ-9: 14 pistettä (keskivaikeat oireet).', sv: 'PHQ-9: 14 poäng (medelsvåra symtom).', en: 'PHQ-9: 14 points (moderate symptoms).', scores: { total: 14 } },
  },
];

async function personId(prisma: PrismaClient, person: string): Promise<string> {
  const resident = demoResidents.find((r) => `${r.firstName} ${r.lastName}` === person);
  const row = resident
    ? await prisma.person.findUnique({ where: { personalIdentityCode: resident.personalIdentityCode } })
    : await prisma.person.findUnique({ where: { oidcSubject: person } });
  if (!row) throw new Error(`Demo contact request refers to an unknown person ${person}`);
  return row.id;
}

export const symptomsSeed: SeedStep = {
  id: 'symptoms',
  async run(prisma: PrismaClient) {
    for (const q of questionnaires) {
      const definition = getQuestionnaire(q.id);
      const description = definition.description ?? q.description;
      if (!description) throw new Error(`Questionnaire ${q.id} needs a description`);
      const data = { version: 1, category: q.category, name: definition.title, description, estimatedMinutes: q.estimatedMinutes, active: true };
      await prisma.questionnaire.upsert({ where: { id: q.id }, create: { id: q.id, ...data }, update: data });
    }
    // Earlier demo data may name retired ids; they stay, out of use, and no new seed refers to them.
    await prisma.questionnaire.updateMany({ where: { id: { in: [...retiredQuestionnaireIds] } }, data: { active: false } });
    const handler = await prisma.staffMember.findUnique({ where: { oidcSubject: 'demo-staff-jussi' } });
    for (const r of contactRequests) {
      const id = demoId('contact-request', r.key);
      const unit = await prisma.unit.findUniqueOrThrow({ where: { code: r.unitCode } });
      const createdAt = new Date(r.createdAt);
      const handled = r.status === 'handled';
      const data = {
        personId: await personId(prisma, r.person),
        questionnaireId: r.questionnaireId,
        urgency: r.urgency,
        status: r.status,
        unitId: unit.id,
        summary: r.summary,
        createdAt,
        handledAt: handled ? new Date(createdAt.getTime() + 100 * 60_000) : null,
        handledById: handled ? (handler?.id ?? null) : null,
      };
      await prisma.contactRequest.upsert({ where: { id }, create: { id, ...data }, update: data });
    }
  },
};
