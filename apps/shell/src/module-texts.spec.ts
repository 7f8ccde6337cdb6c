import { describe, expect, it, vi } from 'vitest';
import type { ModuleManifest } from '@luotsi/shell-contract';
import { markTextsPartLoaded, moduleTextsLoader, textsPartLoaded } from './module-texts';

function manifestWith(load: ModuleManifest['i18n']['load']): ModuleManifest {
  return { contractVersion: 1, id: 'demo', areas: {}, i18n: { namespace: 'demo', load } } as unknown as ModuleManifest;
}

describe('moduleTextsLoader', () => {
  const texts: Record<string, Record<string, unknown>> = {
    resident: { nav: { front: 'Etusivu' } },
    staff: { nav: { queue: 'Jono' }, queue: { title: 'Jono' } },
    myData: { myData: { title: 'Omat tietoni' } },
  };

  it('loads only the parts this tab has needed, merged, and reads again only when a part is added', async () => {
    const load = vi.fn(async (_language: string, part?: string) => texts[part ?? ''] ?? {});
    const manifest = manifestWith(load);
    const resident = moduleTextsLoader(manifest, 'resident');
    await expect(resident('fi')).resolves.toEqual({ nav: { front: 'Etusivu' } });
    expect(load.mock.calls.map((c) => c[1])).toEqual(['resident']);
    // The same part again: the same function, so the i18n store does not read the namespace again.
    expect(moduleTextsLoader(manifest, 'resident')).toBe(resident);

    const withPage = moduleTextsLoader(manifest, 'myData');
    expect(withPage).not.toBe(resident);
    await expect(withPage('fi')).resolves.toEqual({ nav: { front: 'Etusivu' }, myData: { title: 'Omat tietoni' } });

    // A professional who then opens the staff pages keeps the resident texts too.
    const all = moduleTextsLoader(manifest, 'staff');
    await expect(all('fi')).resolves.toEqual({ nav: { front: 'Etusivu', queue: 'Jono' }, myData: { title: 'Omat tietoni' }, queue: { title: 'Jono' } });
  });

  it('remembers which parts are in the store', () => {
    const manifest = manifestWith(async () => ({}));
    expect(textsPartLoaded(manifest, 'myData')).toBe(false);
    markTextsPartLoaded(manifest, 'myData');
    expect(textsPartLoaded(manifest, 'myData')).toBe(true);
    expect(textsPartLoaded(manifestWith(async () => ({})), 'myData')).toBe(false);
  });
});
