import { formatDateTime, useTexts, type Language } from '@luotsi/i18n';
import type { fi } from '../../i18n/fi';

export interface HistoryVersion {
  id: string;
  version: number;
  status: string;
  sentAt?: string | null;
  returnedAt?: string | null;
  returnComment?: string | null;
  carerSignedAt?: string | null;
  carerSignerName?: string | null;
  countersignedAt?: string | null;
  countersignedByName?: string | null;
  pdfUrl?: string | null;
  pdfSha256?: string | null;
}

/**
 * The versions of an agreement, the newest first, with who signed when and the frozen PDF. Both
 * the carer's and the coordinator's pages show it (`pdfQuery` adds the staff area to the link).
 */
export function VersionHistory({ versions, language, pdfQuery = '' }: { versions: readonly HistoryVersion[]; language: Language; pdfQuery?: string }) {
  const { t } = useTexts<typeof fi>('caregiverPortal');
  const at = (date: string) => formatDateTime(date, language);
  return (
    <section aria-labelledby="cg-history">
      <h2 id="cg-history">{t('agreement.history')}</h2>
      <ol data-testid="agreement-history">
        {versions.map((v) => (
          <li key={v.id}>
            <strong>{t('agreement.version', { version: v.version })}</strong>: {t(`agreement.versionStatus.${v.status as 'DRAFT'}`)}
            <ul>
              {v.sentAt && <li>{t('agreement.sentAt', { date: at(v.sentAt) })}</li>}
              {v.returnedAt && <li>{t('agreement.returnedAt', { date: at(v.returnedAt), comment: v.returnComment ?? '' })}</li>}
              {v.carerSignedAt && <li>{t('agreement.carerSigned', { name: v.carerSignerName ?? '', date: at(v.carerSignedAt) })}</li>}
              {v.countersignedAt && <li>{t('agreement.countersigned', { name: v.countersignedByName ?? '', date: at(v.countersignedAt) })}</li>}
              {v.pdfUrl && v.pdfSha256 && (
                <li>
                  <a href={`${v.pdfUrl}${pdfQuery}`} download data-testid={`agreement-pdf-${v.version}`}>
                    {t('agreement.pdfVersion', { version: v.version })}
                  </a>
                  <br />
                  {t('agreement.hash')}: <code data-testid={`agreement-hash-${v.version}`} style={{ overflowWrap: 'anywhere' }}>{v.pdfSha256}</code>
                </li>
              )}
            </ul>
          </li>
        ))}
      </ol>
      <p>{t('agreement.hashHint')}</p>
    </section>
  );
}
