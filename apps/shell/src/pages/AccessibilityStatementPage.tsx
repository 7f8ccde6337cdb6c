import { formatDate } from '@luotsi/i18n';
import { useArea, useShellTexts } from '../shell-context';
import { PageTitle } from '../components/PageTitle';
import { useDocumentTitle } from '../components/useDocumentTitle';

/** Required by the Act on the Provision of Digital Services (306/2019), in every language. */
const statementDate = '2026-11-22';

export function AccessibilityStatementPage() {
  const { t } = useShellTexts();
  const { language } = useArea();
  useDocumentTitle(t('accessibility.title'));
  return (
    <article className="lx-prose">
      <PageTitle>{t('accessibility.title')}</PageTitle>
      <p>{t('accessibility.intro', { date: formatDate(statementDate, language) })}</p>
      <h2>{t('accessibility.statusTitle')}</h2>
      <p>{t('accessibility.status')}</p>
      <h2>{t('accessibility.issuesTitle')}</h2>
      <ul>
        <li>{t('accessibility.issueContent')}</li>
        <li>{t('accessibility.issueTesting')}</li>
      </ul>
      <h2>{t('accessibility.assessmentTitle')}</h2>
      <p>{t('accessibility.assessment')}</p>
      <h2>{t('accessibility.feedbackTitle')}</h2>
      <p>{t('accessibility.feedback')}</p>
      <ul>
        <li>{t('accessibility.feedbackEmail')}</li>
        <li>{t('accessibility.feedbackPhone')}</li>
      </ul>
      <h2>{t('accessibility.enforcementTitle')}</h2>
      <p>{t('accessibility.enforcement')}</p>
      <p>{t('accessibility.enforcementContact')}</p>
    </article>
  );
}
