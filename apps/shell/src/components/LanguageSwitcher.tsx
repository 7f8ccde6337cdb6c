import { languages, type Language } from '@luotsi/shell-contract';
import { Link, useSearch } from 'wouter';
import { switchLanguageInPath } from '../paths';
import { useShellTexts } from '../shell-context';

const nativeNames: Record<Language, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

/**
 * The same page in the other languages. Each choice is written in its own language, so a reader
 * who does not understand the current one still finds theirs. Residents switch by URL (shareable);
 * the staff area has no language in its URLs and switches in place.
 */
export function LanguageSwitcher({ current, onSelect }: { current: Language; onSelect?: (language: Language) => void }) {
  const { t } = useShellTexts();
  const search = useSearch();
  return (
    <nav aria-label={t('language.label')} className="lx-language-switcher">
      <ul>
        {languages.map((language) => (
          <li key={language}>
            {onSelect ? (
              <button
                type="button"
                lang={language}
                aria-pressed={language === current}
                className="lx-language-switcher__item"
                onClick={() => onSelect(language)}
              >
                {nativeNames[language]}
              </button>
            ) : (
              <Link
                href={`~${switchLanguageInPath(window.location.pathname, search ? `?${search}` : '', language)}`}
                lang={language}
                hrefLang={language}
                aria-current={language === current ? 'true' : undefined}
                className="lx-language-switcher__item"
              >
                {nativeNames[language]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
