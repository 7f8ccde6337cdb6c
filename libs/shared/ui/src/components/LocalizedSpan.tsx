import { type LocalizedText } from '@luotsi/i18n';

export interface LocalizedSpanProps {
  content: Pick<LocalizedText, 'text' | 'language' | 'isFallback'>;
}

/**
 * Database text in the reader's language, or in the language it exists in, marked with lang so a
 * screen reader pronounces it right.
 */
export function LocalizedSpan({ content }: LocalizedSpanProps) {
  return content.isFallback ? <span lang={content.language}>{content.text}</span> : <>{content.text}</>;
}
