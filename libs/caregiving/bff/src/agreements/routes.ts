import type { Request, Response, Router } from 'express';
import { createAccessLog, type BffRouteDeps } from '@luotsi/bff-core';
import { agreementPdfFileName, carerVisibleVersionStatuses } from '@luotsi/caregiving-domain';
import { agreementCoordinatorRoles } from '../agreements';

const pdfFile = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/i;

/**
 * GET /api/caregiving/agreements/<version id>.pdf: the frozen PDF of a signed agreement version,
 * exactly the bytes whose SHA-256 the pages show.
 *
 * - The carer (resident session): their own agreement's versions only.
 * - `?area=staff`, a coordinator (staff session): versions of agreements in their units; each
 *   download is written to the access log (action 'export') before the file is sent.
 *
 * Anything else, including someone else's version, is a 404 that tells nothing about it.
 */
export function agreementRoutes(router: Router, deps: BffRouteDeps & { now?: () => Date }): void {
  const now = deps.now ?? (() => new Date());
  router.get('/agreements/:file', async (req: Request, res: Response, next) => {
    const match = pdfFile.exec(String(req.params['file'] ?? ''));
    if (!match) return next();
    res.setHeader('Cache-Control', 'no-store');
    const versionId = match[1]!.toLowerCase();
    const viewer = deps.viewerOf(req);
    const prisma = deps.prisma();
    const select = { id: true, version: true, pdf: true, carerSignedAt: true, agreementId: true, agreement: { select: { carerId: true, unitId: true } } } as const;
    let version;
    if (req.query['area'] === 'staff') {
      const staff = viewer.staff;
      if (!staff?.staffId) return void res.status(401).json({ error: 'unauthenticated' });
      if (!agreementCoordinatorRoles.some((role) => staff.roles.includes(role))) return void res.status(403).json({ error: 'forbidden' });
      const units = (await prisma.staffUnit.findMany({ where: { staffId: staff.staffId }, select: { unitId: true } })).map((u) => u.unitId);
      version = await prisma.careAgreementVersion.findFirst({ where: { id: versionId, pdf: { not: null }, agreement: { unitId: { in: units } } }, select });
      if (!version?.pdf || !version.carerSignedAt) return void res.status(404).json({ error: 'not-found' });
      const found = version;
      const log = createAccessLog({ prisma, staff, requestId: String(res.locals['requestId'] ?? ''), now });
      await log.record(prisma, {
        action: 'export', clientPersonId: found.agreement.carerId, objectType: 'CareAgreementVersion', objectId: found.id,
        purpose: 'care-agreement', unitId: found.agreement.unitId, role: agreementCoordinatorRoles[0],
      });
    } else {
      const personId = viewer.resident?.personId;
      if (!personId) return void res.status(401).json({ error: 'unauthenticated' });
      version = await prisma.careAgreementVersion.findFirst({
        where: { id: versionId, pdf: { not: null }, status: { in: [...carerVisibleVersionStatuses] }, agreement: { carerId: personId } },
        select,
      });
      if (!version?.pdf || !version.carerSignedAt) return void res.status(404).json({ error: 'not-found' });
    }
    // The file name says what it is, not whose: it may be seen in a downloads list.
    res.setHeader('Content-Disposition', `attachment; filename="${agreementPdfFileName(version.version, version.carerSignedAt)}"`);
    res.type('application/pdf').send(Buffer.from(version.pdf));
  });
}
