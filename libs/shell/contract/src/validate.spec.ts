import { describe, expect, it } from 'vitest';
import { canAccess, contractVersion, defineModule, validateManifest } from './index';

const page = async () => ({ default: () => null });
const valid = defineModule({
  contractVersion,
  id: 'family-center',
  areas: {
    resident: { basePath: 'family-center', routes: [{ path: '', load: page, titleKey: 'title', access: { kind: 'public' } }], nav: [{ path: '', labelKey: 'nav' }] },
    staff: { basePath: 'family-center', routes: [{ path: 'requests/:id', load: page, titleKey: 'title' }], nav: [] },
  },
  i18n: { namespace: 'familyCenter', load: async () => ({}) },
});

describe('validateManifest', () => {
  it('accepts a well-formed manifest', () => {
    expect(validateManifest(valid, 'family-center')).toEqual({ ok: true, manifest: valid });
  });

  it('lists every problem of a broken manifest', () => {
    const result = validateManifest({ contractVersion: 99, id: 'Bad Id', areas: { kiosk: {} }, i18n: {} });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        'contractVersion is 99, the shell supports 1',
        'id must be a kebab-case string',
        'i18n must have a namespace and a load(language) function',
        'areas.kiosk is not an area (resident or staff)',
      ]);
    }
  });

  it('rejects a manifest registered under another id', () => {
    const result = validateManifest(valid, 'insights');
    expect(result).toEqual({ ok: false, errors: ['id is "family-center" but the registry expected "insights"'] });
  });

  it('refuses public pages in the staff area', () => {
    const result = validateManifest({
      ...valid,
      areas: { staff: { basePath: 'x', routes: [{ path: '', load: page, titleKey: 't', access: { kind: 'public' } }], nav: [] } },
    });
    expect(result.ok ? [] : result.errors).toContain('areas.staff.routes[0]: staff pages cannot be public');
  });

  it('rejects absolute route paths and missing loaders', () => {
    const result = validateManifest({
      ...valid,
      areas: { resident: { basePath: 'x', routes: [{ path: '/abs', titleKey: 't' }], nav: [] } },
    });
    expect(result.ok ? [] : result.errors).toEqual([
      "areas.resident.routes[0].path must be '' or a relative path without a leading slash",
      'areas.resident.routes[0].load must be a function',
    ]);
  });
});

describe('canAccess', () => {
  const anonymous = { signedIn: false, roles: [] };
  const nurse = { signedIn: true, roles: ['nurse'] };
  it('defaults to the strictest access: signed in', () => {
    expect(canAccess(undefined, anonymous)).toBe(false);
    expect(canAccess(undefined, nurse)).toBe(true);
  });
  it('lets anyone see public pages', () => {
    expect(canAccess({ kind: 'public' }, anonymous)).toBe(true);
  });
  it('requires one of the listed roles', () => {
    expect(canAccess({ kind: 'signed-in', roles: ['manager'] }, nurse)).toBe(false);
    expect(canAccess({ kind: 'signed-in', roles: ['manager', 'nurse'] }, nurse)).toBe(true);
  });
  it('falls back to the module roles when the route names none', () => {
    expect(canAccess({ kind: 'signed-in' }, nurse, ['manager'])).toBe(false);
  });
});

describe('a route\'s own texts', () => {
  it('must name a part of the module\'s texts', () => {
    const withTexts = (texts: unknown) => ({
      ...valid,
      areas: { resident: { ...valid.areas.resident, routes: [{ path: '', load: page, titleKey: 'title', access: { kind: 'public' }, texts }] } },
    });
    expect(validateManifest(withTexts('myData'), 'family-center').ok).toBe(true);
    const result = validateManifest(withTexts(''), 'family-center');
    expect(result.ok ? [] : result.errors).toEqual(["areas.resident.routes[0].texts must name a part of the module's texts"]);
  });
});

describe('extractModuleMetadata', () => {
  it('derives navigation and labels in every language from the manifest', async () => {
    const { extractModuleMetadata } = await import('./index');
    const texts = { fi: { nav: 'Perhekeskus' }, sv: { nav: 'Familjecenter' }, en: { nav: 'Family center' } };
    const meta = await extractModuleMetadata({ ...valid, i18n: { namespace: 'fc', load: async (l) => texts[l] } });
    expect(meta.areas.resident).toEqual({
      basePath: 'family-center',
      nav: [{ path: '', labelKey: 'nav' }],
      routes: [{ path: '', access: { kind: 'public' } }],
    });
    expect(meta.navLabels).toEqual({ fi: { nav: 'Perhekeskus' }, sv: { nav: 'Familjecenter' }, en: { nav: 'Family center' } });
  });

  it('fails the build when a nav label is missing in a language', async () => {
    const { extractModuleMetadata } = await import('./index');
    await expect(
      extractModuleMetadata({ ...valid, i18n: { namespace: 'fc', load: async (l) => (l === 'sv' ? {} : { nav: 'x' }) } }),
    ).rejects.toThrow('module family-center: nav label nav is missing in sv');
  });

  it('reads each area\'s labels from the texts that area loads', async () => {
    const { extractModuleMetadata } = await import('./index');
    // The resident label exists only among the staff texts: a resident would never see it.
    const load = async (_language: string, area?: string) => (area === 'resident' ? {} : { nav: 'x' });
    await expect(extractModuleMetadata({ ...valid, i18n: { namespace: 'fc', load } })).rejects.toThrow(
      'nav label nav is missing in fi (resident texts)',
    );
  });
});
