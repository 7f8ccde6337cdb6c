import { useEffect, useState } from 'react';
import { formatDate, lazyTexts, useTexts } from '@luotsi/i18n';
import { useArea, useShell } from '../shell-context';
import { PageTitle } from '../components/PageTitle';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { Loading } from '../components/StatusPanels';
import type { fi } from '../i18n/statement/fi';

/** Required by the Act on the Provision of Digital Services (306/2019), in every language. */
const statementDate = '2026-11-22';
const namespace = 'accessibilityStatement';
const loadStatement = lazyTexts({
  fi: () => import('../i18n/statement/fi'),
  sv: () => import('../i18n/statement/sv'),
  en: () => import('../i18n/statement/en'),
});

function Statement() {
  const { t } = useTexts<typeof fi>(namespace);
  const { language } = useArea();
  useDocumentTitle(t('title'));
  return (
    <article className="lx-prose">
      <PageTitle>{t('title')}</PageTitle>
      <p>{t('intro', { date: formatDate(statementDate, language) })}</p>
      <h2>{t('statusTitle')}</h2>
      <p>{t('status')}</p>
      <h2>{t('issuesTitle')}</h2>
      <ul>
        <li>{t('issueContent')}</li>
        <li>{t('issueTesting')}</li>
      </ul>
      <h2>{t('assessmentTitle')}</h2>
      <p>{t('assessment')}</p>
      <h2>{t('feedbackTitle')}</h2>
      <p>{t('feedback')}</p>
      <ul>
        <li>{t('feedbackEmail')}</li>
        <li>{t('feedbackPhone')}</li>
      </ul>
      <h2>{t('enforcementTitle')}</h2>
      <p>{t('enforcement')}</p>
      <p>{t('enforcementContact')}</p>
    </article>
  );
}

/** The statement's long texts are their own namespace, loaded only here. */
export function AccessibilityStatementPage() {
  const { i18n } = useShell();
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let current = true;
    void i18n.addNamespace(namespace, loadStatement).then(() => {
      if (current) setLoaded(true);
    });
    return () => {
      current = false;
    };
  }, [i18n]);
  return loaded ? <Statement /> : <Loading />;
}
