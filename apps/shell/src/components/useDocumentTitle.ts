import { useEffect } from 'react';
import { useShellTexts } from '../shell-context';

/** Every page has its own title, so tabs, history and screen readers say where one is. */
export function useDocumentTitle(page: string): void {
  const { t } = useShellTexts();
  const title = t('documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
