import { demoId, demoMunicipalities, demoToday, demoUnits, type PrismaClient } from '@luotsi/db';
import { addMonthsToYearMonth, demoInformalCareFeeClasses2026, familyCareMinimumFees, yearMonthOf } from '@luotsi/caregiving-domain';

/**
 * How many generated carers the demo has besides the personas: LUOTSI_DEMO_CARERS (a number).
 * The county has about 4 300 fee-based carers in four service areas (seed 000), and the demo has
 * as many, so the monthly run and the payroll export are seen at their real size; tests get none
 * unless they ask, so every test database stays quick to seed.
 */
export function demoCarerCount(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const setting = env['LUOTSI_DEMO_CARERS']?.trim();
  if (setting && /^\d+$/.test(setting)) return Number(setting);
  return env['VITEST'] ? 0 : 4300;
}

const firstNames = ['Aino', 'Eino', 'Helmi', 'Väinö', 'Sanna', 'Mikko', 'Kaija', 'Jorma', 'Liisa', 'Pekka', 'Anna-Maija', 'Tuomas', 'Elsa', 'Ville', 'Marketta', 'Kalle'];
const svFirstNames = ['Britt', 'Göran', 'Solveig', 'Ulf', 'Ingrid', 'Bo'];
const lastNames = ['Virtanen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Saarinen', 'Salonen', 'Tuominen', 'Rantanen', 'Karjalainen', 'Lindholm', 'Nyström', 'Grönroos', 'Åberg'];
const carerUnits = ['OMA-POH', 'OMA-LAN', 'OMA-ETE', 'OMA-ESP'];
const day = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * Olli's report of last month, approved, so that his history and days-off balance have a past,
 * and `demoCarerCount()` generated carers with active agreements in the four service areas and
 * their reports of last month (most approved, some waiting for approval, some not yet sent), all
 * written with createMany. Idempotent: fixed ids, existing rows are skipped.
 */
export async function seedReports(prisma: PrismaClient, env: Readonly<Record<string, string | undefined>> = process.env): Promise<void> {
  const lastMonth = addMonthsToYearMonth(yearMonthOf(demoToday(env)), -1);
  await prisma.careReport.createMany({
    data: [
      {
        id: demoId('care-report', `olli:${lastMonth}`), agreementId: demoId('care-agreement', 'olli'), month: lastMonth, status: 'approved',
        daysOff: [`${lastMonth}-10`, `${lastMonth}-11`], submittedAt: day(`${lastMonth}-28`), reviewedAt: day(`${lastMonth}-29`), reviewedByName: 'Laura Mattila',
      },
    ],
    skipDuplicates: true,
  });

  const count = demoCarerCount(env);
  if (count === 0) return;
  // The last generated carer is written last: when it is there, all of them are.
  if (await prisma.careReport.findUnique({ where: { id: demoId('bulk-care-report', `${count - 1}:${lastMonth}`) }, select: { id: true } })) return;
  const units = await prisma.unit.findMany({ where: { code: { in: carerUnits } }, select: { id: true, code: true, serviceAreaId: true } });
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const municipalitiesOf = (unitCode: string) => {
    const area = demoUnits.find((u) => u.code === unitCode)!.serviceAreaCode;
    return demoMunicipalities.filter((m) => m.serviceAreaCode === area).map((m) => m.code);
  };
  const fee = demoInformalCareFeeClasses2026;
  const familyFee = familyCareMinimumFees[2026]?.cents ?? 96_635;
  const persons = [];
  const agreements = [];
  const reports = [];
  for (let i = 0; i < count; i++) {
    const unitCode = carerUnits[i % carerUnits.length]!;
    const unit = unitByCode.get(unitCode)!;
    const municipalities = municipalitiesOf(unitCode);
    const swedish = i % 9 === 0;
    const personId = demoId('bulk-carer', String(i));
    const agreementId = demoId('bulk-care-agreement', String(i));
    const family = i % 7 === 0;
    const feeClass = String((i % 3) + 1) as '1' | '2' | '3';
    persons.push({
      id: personId,
      firstName: swedish ? svFirstNames[i % svFirstNames.length]! : firstNames[i % firstNames.length]!,
      lastName: lastNames[Math.floor(i / 4) % lastNames.length]!,
      birthDate: day(`${1945 + (i % 40)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`),
      municipalityCode: municipalities[i % municipalities.length]!,
      language: swedish ? 'sv' : 'fi',
    });
    agreements.push({
      id: agreementId, type: family ? 'family-care' : 'informal-care', carerId: personId, caredPersonName: null,
      serviceAreaId: unit.serviceAreaId, unitId: unit.id, feeClass: family ? null : feeClass, monthlyFeeCents: family ? familyFee : fee[feeClass],
      daysOffPerMonth: feeClass === '3' ? 3 : 2, validFrom: day(`${2020 + (i % 6)}-${String((i % 12) + 1).padStart(2, '0')}-01`), validTo: null, status: 'active',
    });
    // Every 40th has not reported yet, every 25th waits for approval; the rest are approved.
    if (i % 40 === 39) continue;
    const waiting = i % 25 === 24;
    reports.push({
      id: demoId('bulk-care-report', `${i}:${lastMonth}`), agreementId, month: lastMonth, status: waiting ? 'submitted' : 'approved',
      daysOff: i % 3 === 0 ? [`${lastMonth}-0${(i % 5) + 2}`] : [],
      interruptions: i % 11 === 0 ? [{ kind: i % 2 ? 'hospital-stay' : 'respite-care', from: `${lastMonth}-12`, to: `${lastMonth}-1${(i % 6) + 3}` }] : [],
      expenses: family && i % 2 === 0 ? [{ date: `${lastMonth}-15`, amountCents: 1500 + (i % 50) * 100, description: 'Harrastusmaksu' }] : [],
      submittedAt: day(`${lastMonth}-2${i % 8}`),
      ...(waiting ? {} : { reviewedAt: day(`${lastMonth}-28`), reviewedByName: 'Demo' }),
    });
  }
  const chunk = 1000;
  for (let i = 0; i < persons.length; i += chunk) await prisma.person.createMany({ data: persons.slice(i, i + chunk), skipDuplicates: true });
  for (let i = 0; i < agreements.length; i += chunk) await prisma.careAgreement.createMany({ data: agreements.slice(i, i + chunk), skipDuplicates: true });
  // The marker report (the last carer's) goes in last, also when that carer has none otherwise.
  const marker = demoId('bulk-care-report', `${count - 1}:${lastMonth}`);
  const rest = reports.filter((r) => r.id !== marker);
  for (let i = 0; i < rest.length; i += chunk) await prisma.careReport.createMany({ data: rest.slice(i, i + chunk), skipDuplicates: true });
  await prisma.careReport.createMany({
    data: [{ id: marker, agreementId: demoId('bulk-care-agreement', String(count - 1)), month: lastMonth, status: 'submitted', submittedAt: day(`${lastMonth}-27`) }],
    skipDuplicates: true,
  });
}
