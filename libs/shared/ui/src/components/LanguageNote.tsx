import { type LocalizedText } from '@luotsi/i18n';
import { useUiTexts } from '../i18n';
import { cx } from '../internal/cx';

export interface LanguageNoteProps {
  /** The result of localizedText(): the note shows only when it fell back to another language. */
  content: Pick<LocalizedText, 'language' | 'isFallback'>;
  className?: string;
}

/**
 * "This content is only available in Finnish", in the reader's language, above content that
 * exists only in another one. Put lang={content.language} on the content itself so screen
 * readers pronounce it in the right language.
 */
export function LanguageNote({ content, className }: LanguageNoteProps) {
  const { t } = useUiTexts();
  if (!content.isFallback) return null;
  return <p className={cx('lx-language-note', className)}>{t(`languageNote.${content.language}`)}</p>;
}
