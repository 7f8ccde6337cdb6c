import type { Request, Response, Router } from 'express';
import { accessLogRow, type BffRouteDeps } from '@luotsi/bff-core';
import { payrollCsv, type PayrollExport, type StatementLanguage } from '@luotsi/caregiving-domain';
import { payrollPurpose, reportCoordinatorRoles } from '../reports/store';
import { renderStatementPdf } from './pdf';
import { staffServiceAreaIds } from './run';
import { statementOf } from './schema';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const languages = ['fi', 'sv', 'en'] as const;
const isLanguage = (v: unknown): v is StatementLanguage => typeof v === 'string' && (languages as readonly string[]).includes(v);

/**
 * HTTP routes under /api/caregiving.
 *
 * GET /payroll/<runId>.csv: the payroll export of a monthly run (columns in
 * libs/caregiving/domain/README.md), for a coordinator of a unit of the run's service area. Every
 * payee in the file gets an access-log row (action export) before the file is sent.
 *
 * GET /statements/<YYYY-MM>.pdf: the signed-in carer's own statement of a month sent to payroll,
 * in ?lang= (the page's language) or else the carer's own language.
 */
export function payrollRoutes(router: Router, deps: BffRouteDeps & { now?: () => Date }): void {
  const now = deps.now ?? (() => new Date());

  router.get('/payroll/:file', async (req: Request, res: Response, next) => {
    const match = /^(.+)\.csv$/.exec(String(req.params['file'] ?? ''));
    if (!match || !uuid.test(match[1]!)) return next();
    res.setHeader('Cache-Control', 'no-store');
    const staff = deps.viewerOf(req).staff;
    if (!staff?.staffId) return void res.status(401).json({ error: 'unauthenticated' });
    if (!reportCoordinatorRoles.some((r) => staff.roles.includes(r))) return void res.status(403).json({ error: 'forbidden' });
    const prisma = deps.prisma();
    const run = await prisma.careMonthlyRun.findUnique({ where: { id: match[1]!.toLowerCase() } });
    if (!run || !(await staffServiceAreaIds(prisma, staff.staffId)).includes(run.serviceAreaId)) return void res.status(404).json({ error: 'not-found' });
    const exported = run.payroll as unknown as PayrollExport;
    const payees = [...new Set(exported.rows.map((r) => r.payeeRef))];
    const at = now();
    const requestId = String(res.locals['requestId'] ?? '');
    const actor = { staffId: staff.staffId, name: staff.displayName, roles: staff.roles };
    if (payees.length > 0)
      await prisma.accessLogEntry.createMany({
        data: payees.map((carerId) =>
          accessLogRow(actor, { clientPersonId: carerId, objectType: 'CareStatement', objectId: `${run.id}:${carerId}`, purpose: payrollPurpose, role: 'caregiver-coordinator' }, 'export', requestId, at),
        ),
      });
    res.setHeader('Content-Disposition', `attachment; filename="payroll-${exported.serviceAreaCode}-${run.month}.csv"`);
    res.type('text/csv; charset=utf-8').send(payrollCsv(exported));
  });

  router.get('/statements/:file', async (req: Request, res: Response, next) => {
    const match = /^(\d{4}-(?:0[1-9]|1[0-2]))\.pdf$/.exec(String(req.params['file'] ?? ''));
    if (!match) return next();
    res.setHeader('Cache-Control', 'no-store');
    const personId = deps.viewerOf(req).resident?.personId;
    if (!personId) return void res.status(401).json({ error: 'unauthenticated' });
    const prisma = deps.prisma();
    const person = await prisma.person.findUniqueOrThrow({ where: { id: personId }, select: { firstName: true, lastName: true, language: true } });
    const asked = req.query['lang'] ?? req.query['language'];
    const language: StatementLanguage = isLanguage(asked) ? asked : isLanguage(person.language) ? person.language : 'fi';
    const statement = await statementOf(prisma, { carerId: personId, month: match[1]!, exportedOnly: true }, language);
    if (!statement) return void res.status(404).json({ error: 'not-found' });
    const pdf = await renderStatementPdf(statement, `${person.firstName} ${person.lastName}`);
    res.setHeader('Content-Disposition', `attachment; filename="statement-${statement.month}.pdf"`);
    res.type('application/pdf').send(Buffer.from(pdf));
  });
}
