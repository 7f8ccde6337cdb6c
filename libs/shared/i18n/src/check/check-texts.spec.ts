import { describe, expect, it } from 'vitest';
import { checkTexts, describeProblem, flattenTexts, isKeyUsed, sourceStrings, type TextsFolder } from './check-texts';

const fi = {
  title: 'Perhekeskus',
  articles: { heading: 'Artikkelit', count_one: '{{count}} artikkeli', count_other: '{{count}} artikkelia' },
  status: { open: 'Avoin', closed: 'Suljettu' },
  nav: { front: 'Etusivu' },
};

function folder(overrides: Partial<TextsFolder> = {}): TextsFolder {
  return {
    name: 'apps/demo/src/i18n',
    namespace: 'demo',
    texts: { fi, sv: fi, en: fi },
    sources: [
      {
        path: 'apps/demo/src/page.tsx',
        text: [
          "const { t } = useTexts<typeof fi>('demo');",
          "export const Page = () => <h1>{t('title')}</h1>;",
          "const n = t(\"articles.heading\") + t('articles.count', { count: 2 });",
          'const s = t(`status.${code}`);',
        ].join('\n'),
      },
      { path: 'apps/demo/src/module.ts', text: "defineModule({ nav: [{ path: '', labelKey: 'nav.front' }] });" },
    ],
    ...overrides,
  };
}

describe('checkTexts', () => {
  it('finds nothing wrong in complete, used texts', () => {
    expect(checkTexts(folder())).toEqual([]);
  });

  it('reports keys missing in a language and keys not in Finnish', () => {
    const sv = { ...fi, title: undefined, extra: 'Extra' };
    const problems = checkTexts(folder({ texts: { fi, sv: JSON.parse(JSON.stringify(sv)), en: fi } }));
    expect(problems).toEqual([
      { kind: 'extra', folder: 'apps/demo/src/i18n', language: 'sv', key: 'extra' },
      { kind: 'missing', folder: 'apps/demo/src/i18n', language: 'sv', key: 'title' },
    ]);
  });

  it('reports empty values and values that are not strings', () => {
    const en = { ...fi, title: ' ', nav: { front: 3 } };
    const problems = checkTexts(folder({ texts: { fi, sv: fi, en } }));
    expect(problems.map((p) => [p.kind, 'key' in p ? p.key : ''])).toEqual([
      ['empty', 'title'],
      ['not-a-string', 'nav.front'],
    ]);
  });

  it('reports a language whose file is missing', () => {
    const problems = checkTexts(folder({ texts: { fi, sv: fi } }));
    expect(problems).toEqual([{ kind: 'no-texts', folder: 'apps/demo/src/i18n', language: 'en' }]);
  });

  it('reports keys no source mentions', () => {
    const sources = [{ path: 'a.ts', text: "t('title'); t('articles.count_one'); const x = 'status';" }];
    const problems = checkTexts(folder({ sources }));
    expect(problems.filter((p) => p.kind === 'unused').map((p) => ('key' in p ? p.key : ''))).toEqual([
      'articles.heading',
      'articles.count_other',
      'nav.front',
    ]);
  });

  it('counts keys given by the caller, e.g. from manifests', () => {
    const problems = checkTexts(folder({ sources: [], usedKeys: ['title', 'articles.heading', 'articles.count', 'status', 'nav.front'] }));
    expect(problems).toEqual([]);
  });

  it('describes problems in one line', () => {
    expect(describeProblem({ kind: 'missing', folder: 'f', language: 'sv', key: 'a.b' })).toBe('f: "a.b" is missing in sv');
    expect(describeProblem({ kind: 'unused', folder: 'f', key: 'a' })).toBe(`f: "a" is not used in the project's source`);
  });
});

describe('helpers', () => {
  it('flattens nested texts into dotted keys', () => {
    expect([...flattenTexts({ a: 'A', b: { c: 'C', d: { e: 'E' } } })]).toEqual([
      ['a', 'A'],
      ['b.c', 'C'],
      ['b.d.e', 'E'],
    ]);
  });

  it('reads literals with the TypeScript parser, ignoring comments', () => {
    const strings = sourceStrings([
      {
        path: 'x.tsx',
        text: "// don't count 'commented.key'\nconst a = <Alert title=\"jsx.attr\" />; const b = `plain.template`; const c = `dyn.${x}.y`;",
      },
    ]);
    expect([...strings.literals].sort()).toEqual(['jsx.attr', 'plain.template']);
    expect([...strings.prefixes]).toEqual(['dyn.']);
  });

  it('accepts the namespaced form and plural bases', () => {
    const strings = sourceStrings([{ path: 'x.ts', text: "t('demo:articles.count')" }]);
    expect(isKeyUsed('articles.count_one', strings, 'demo')).toBe(true);
    expect(isKeyUsed('articles.count_one', strings, 'other')).toBe(false);
    expect(isKeyUsed('articles.heading', strings, 'demo')).toBe(false);
  });
});
