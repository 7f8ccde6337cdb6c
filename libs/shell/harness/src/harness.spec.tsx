import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { contractVersion, defineModule } from '@luotsi/shell-contract';
import { renderStandalone } from './index';

describe('renderStandalone', () => {
  it('refuses an invalid manifest with the reasons', async () => {
    await expect(renderStandalone({ id: 'Bad' } as never, document.body)).rejects.toThrow(/contractVersion/);
  });

  it('renders the module front page of its first area', async () => {
    window.history.replaceState(null, '', '/');
    const element = document.createElement('div');
    document.body.append(element);
    const manifest = defineModule({
      contractVersion,
      id: 'demo-module',
      areas: { resident: { basePath: 'demo-module', routes: [{ path: '', titleKey: 'title', access: { kind: 'public' }, load: async () => ({ default: () => <h1>Front page</h1> }) }], nav: [] } },
      i18n: { namespace: 'demo', load: async () => ({ title: 'Demo' }) },
    });
    await renderStandalone(manifest, element);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Front page' })).toBeTruthy());
  });
});
