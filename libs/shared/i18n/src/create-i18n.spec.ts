import { describe, expect, it, vi } from 'vitest';
import { createI18n, lazyTexts, type TextsLoader } from './create-i18n';
import { defineTexts, type Texts } from './texts';
import { type Language } from './languages';

const fi = defineTexts({
  greeting: 'Hei {{name}}',
  items_one: '{{count}} palvelu',
  items_other: '{{count}} palvelua',
  fee: 'Maksu {{amount, money}}',
  when: 'Aika {{at, dateTime}}',
  blank: '',
});
const sv: Texts<typeof fi> = {
  greeting: 'Hej {{name}}',
  items_one: '{{count}} tjänst',
  items_other: '{{count}} tjänster',
  fee: 'Avgift {{amount, money}}',
  when: 'Tid {{at, dateTime}}',
  blank: '',
};
const en: Texts<typeof fi> = {
  greeting: 'Hello {{name}}',
  items_one: '{{count}} service',
  items_other: '{{count}} services',
  fee: 'Fee {{amount, money}}',
  when: 'Time {{at, dateTime}}',
  blank: '',
};
const all = { fi, sv, en };

function spyLoader(): TextsLoader & { calls: Language[] } {
  const calls: Language[] = [];
  const loader = async (language: Language) => {
    calls.push(language);
    return all[language];
  };
  return Object.assign(loader, { calls });
}

describe('createI18n', () => {
  it('loads only the current language of the namespaces asked for', async () => {
    const demo = spyLoader();
    const other = spyLoader();
    const i18n = await createI18n({ language: 'sv', loaders: { demo, other }, namespaces: ['demo'] });
    expect(demo.calls).toEqual(['sv']);
    expect(other.calls).toEqual([]);
    expect(i18n.instance.t('demo:greeting', { name: 'Aino' })).toBe('Hej Aino');
  });

  it('adds a namespace registered at run time', async () => {
    const i18n = await createI18n({ language: 'fi' });
    const module = spyLoader();
    await i18n.addNamespace('family-center', module);
    expect(i18n.hasNamespace('family-center')).toBe(true);
    expect(i18n.instance.t('family-center:greeting', { name: 'Aino' })).toBe('Hei Aino');
  });

  it('loads the new language of every namespace in use before switching', async () => {
    const ui = spyLoader();
    const module = spyLoader();
    const i18n = await createI18n({ language: 'fi', loaders: { ui }, namespaces: ['ui'] });
    await i18n.addNamespace('module', module);
    const switched = vi.fn();
    i18n.instance.on('languageChanged', () => switched(i18n.hasNamespace('module', 'en')));
    await i18n.changeLanguage('en');
    expect(switched).toHaveBeenCalledWith(true);
    expect(ui.calls).toEqual(['fi', 'en']);
    expect(module.calls).toEqual(['fi', 'en']);
    expect(i18n.language).toBe('en');
    expect(i18n.instance.t('module:greeting', { name: 'Aino' })).toBe('Hello Aino');
    // Back to Finnish: already loaded, nothing is read again.
    await i18n.changeLanguage('fi');
    expect(module.calls).toEqual(['fi', 'en']);
  });

  it('picks the plural form in each language', async () => {
    const demo = spyLoader();
    const i18n = await createI18n({ language: 'fi', loaders: { demo }, namespaces: ['demo'] });
    const { t } = i18n.instance;
    expect(t('demo:items', { count: 1 })).toBe('1 palvelu');
    expect(t('demo:items', { count: 3 })).toBe('3 palvelua');
    await i18n.changeLanguage('sv');
    expect(i18n.instance.t('demo:items', { count: 1 })).toBe('1 tjänst');
    expect(i18n.instance.t('demo:items', { count: 0 })).toBe('0 tjänster');
    await i18n.changeLanguage('en');
    expect(i18n.instance.t('demo:items', { count: 2 })).toBe('2 services');
  });

  it('does not HTML-escape values (React does)', async () => {
    const i18n = await createI18n({ language: 'fi', resources: { fi: { demo: fi } }, namespaces: ['demo'] });
    expect(i18n.instance.t('demo:greeting', { name: 'Matti & <Maija>' })).toBe('Hei Matti & <Maija>');
  });

  it('formats money and times inside texts like the format functions', async () => {
    const i18n = await createI18n({ language: 'fi', resources: { fi: { demo: fi } }, namespaces: ['demo'] });
    expect(i18n.instance.t('demo:fee', { amount: 123450 })).toBe('Maksu 1\u00a0234,50\u00a0€');
    expect(i18n.instance.t('demo:when', { at: new Date('2025-03-07T12:05:00Z') })).toBe('Aika 7.3.2025 klo 14.05');
  });

  it('throws on a missing or empty text in throw mode', async () => {
    const i18n = await createI18n({
      language: 'sv',
      resources: { sv: { demo: sv } },
      namespaces: ['demo'],
      missingKey: 'throw',
    });
    expect(() => i18n.instance.t('demo:nope')).toThrow('Missing text "demo:nope" in language "sv"');
    expect(() => i18n.instance.t('demo:blank')).toThrow('Missing text "demo:blank"');
  });

  it('shows the key and reports it once in report mode', async () => {
    const onMissingKey = vi.fn();
    const i18n = await createI18n({
      language: 'en',
      resources: { en: { demo: en } },
      namespaces: ['demo'],
      onMissingKey,
    });
    expect(i18n.instance.t('demo:nope')).toBe('demo:nope');
    expect(i18n.instance.t('demo:nope')).toBe('demo:nope');
    expect(onMissingKey).toHaveBeenCalledTimes(1);
    expect(onMissingKey).toHaveBeenCalledWith({ key: 'demo:nope', language: 'en' });
  });

  it('rejects when a namespace cannot be loaded, and can try again', async () => {
    const i18n = await createI18n({ language: 'fi' });
    let fail = true;
    const flaky: TextsLoader = async () => {
      if (fail) throw new Error('network');
      return fi;
    };
    await expect(i18n.addNamespace('flaky', flaky)).rejects.toThrow('Could not load texts of flaky (fi)');
    fail = false;
    await i18n.addNamespace('flaky', flaky);
    expect(i18n.instance.t('flaky:items', { count: 2 })).toBe('2 palvelua');
  });

  it('refuses unsupported languages', async () => {
    const i18n = await createI18n({ language: 'fi' });
    await expect(i18n.changeLanguage('de' as Language)).rejects.toThrow('Unsupported language "de"');
    await expect(createI18n({ language: 'xx' as Language })).rejects.toThrow();
  });
});

describe('lazyTexts', () => {
  it('imports only the requested language and reads its named or default export', async () => {
    const imports = {
      fi: vi.fn(async () => ({ fi })),
      sv: vi.fn(async () => ({ default: sv })),
      en: vi.fn(async () => ({ nothing: true })),
    };
    const load = lazyTexts(imports);
    await expect(load('fi')).resolves.toBe(fi);
    await expect(load('sv')).resolves.toBe(sv);
    await expect(load('en')).rejects.toThrow('exports neither "en" nor a default object');
    expect(imports.fi).toHaveBeenCalledTimes(1);
  });
});

describe('addNamespace with a wider loader', () => {
  it('reads the namespace again, so texts added by the new loader appear', async () => {
    const i18n = await createI18n({ language: 'fi' });
    await i18n.addNamespace('module', async () => ({ front: 'Etusivu' }));
    expect(i18n.instance.t('module:queue')).not.toBe('Jono');
    await i18n.addNamespace('module', async () => ({ front: 'Etusivu', queue: 'Jono' }));
    expect(i18n.instance.t('module:queue')).toBe('Jono');
    expect(i18n.instance.t('module:front')).toBe('Etusivu');
  });
});

describe('lazyTexts by area', () => {
  const common = { fi: vi.fn(async () => ({ fi: { nav: { front: 'Etusivu' }, error: 'Virhe' } })), sv: vi.fn(), en: vi.fn() };
  const staff = { fi: vi.fn(async () => ({ fi: { nav: { queue: 'Jono' }, queue: { title: 'Jono' } } })), sv: vi.fn(), en: vi.fn() };
  const load = lazyTexts(common as never, { staff: staff as never });

  it('gives a resident page only the common texts: the staff chunk is never imported', async () => {
    staff.fi.mockClear();
    await expect(load('fi', 'resident')).resolves.toEqual({ nav: { front: 'Etusivu' }, error: 'Virhe' });
    expect(staff.fi).not.toHaveBeenCalled();
  });

  it('merges the staff texts into the common ones, nav labels included', async () => {
    const texts = { nav: { front: 'Etusivu', queue: 'Jono' }, error: 'Virhe', queue: { title: 'Jono' } };
    await expect(load('fi', 'staff')).resolves.toEqual(texts);
    // Without an area (standalone development, tests): every area.
    await expect(load('fi')).resolves.toEqual(texts);
  });
});
