import { localizedText } from '@luotsi/i18n';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations, renderUi } from '../test-utils';
import { Alert } from './Alert';
import { LanguageNote } from './LanguageNote';
import { Cluster, Stack } from './Layout';
import { ServiceUnavailable } from './ServiceUnavailable';
import { Skeleton } from './Skeleton';
import { Table } from './Table';
import { VisuallyHidden } from './VisuallyHidden';

interface Fee {
  month: string;
  days: number;
  amount: string;
}
const fees: Fee[] = [
  { month: 'Tammikuu', days: 31, amount: '1 234,50 €' },
  { month: 'Helmikuu', days: 26, amount: '1 035,00 €' },
];

describe('Alert', () => {
  it('interrupts for errors and waits politely for the rest', async () => {
    await renderUi(
      <>
        <Alert tone="error" title="Tallennus epäonnistui">
          Yritä uudelleen.
        </Alert>
        <Alert tone="success">Tallennettu.</Alert>
        <Alert tone="warning" live={false}>
          Hätätilanteessa soita 112.
        </Alert>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Virhe: Tallennus epäonnistuiYritä uudelleen.');
    expect(screen.getByRole('status').textContent).toBe('Valmis: Tallennettu.');
    expect(screen.getByText('Hätätilanteessa soita 112.').closest('[role]')).toBeNull();
  });

  it('names the tone in text, not only in colour', async () => {
    await renderUi(<Alert tone="warning">Huomio</Alert>, { language: 'en' });
    expect(screen.getByRole('status').textContent).toBe('Note: Huomio');
  });
});

describe('Skeleton', () => {
  it('marks its container busy, hides the lines and announces loading once', async () => {
    const { container } = await renderUi(<Skeleton lines={4} />);
    const box = container.querySelector('.lx-skeleton');
    expect(box?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Ladataan…');
    const lines = container.querySelectorAll('.lx-skeleton__line');
    expect(lines).toHaveLength(4);
    expect(lines[0]?.closest('[aria-hidden="true"]')).not.toBeNull();
  });
});

describe('Table', () => {
  const columns = [
    { key: 'month', header: 'Kuukausi', cell: (f: Fee) => f.month, rowHeader: true },
    { key: 'days', header: 'Hoitopäivät', cell: (f: Fee) => f.days, align: 'end' as const },
    { key: 'amount', header: 'Hoitopalkkio', cell: (f: Fee) => f.amount, align: 'end' as const },
  ];

  it('has a caption and scoped column and row headers', async () => {
    await renderUi(<Table caption="Hoitopalkkiot 2025" columns={columns} rows={fees} rowKey={(f) => f.month} />);
    const table = screen.getByRole('table', { name: 'Hoitopalkkiot 2025' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => [h.textContent, h.getAttribute('scope')])).toEqual([
      ['Kuukausi', 'col'],
      ['Hoitopäivät', 'col'],
      ['Hoitopalkkio', 'col'],
    ]);
    const rowHeader = within(table).getByRole('rowheader', { name: 'Tammikuu' });
    expect(rowHeader.getAttribute('scope')).toBe('row');
    expect(screen.getByRole('region', { name: 'Hoitopalkkiot 2025' }).tabIndex).toBe(0);
  });

  it('shows a message instead of an empty body', async () => {
    await renderUi(<Table caption="Hoitopalkkiot" columns={columns} rows={[]} rowKey={(f) => f.month} empty="Ei palkkioita." />);
    expect(screen.getByRole('cell', { name: 'Ei palkkioita.' }).getAttribute('colspan')).toBe('3');
  });

  it('has no axe violations', async () => {
    const { container } = await renderUi(
      <main>
        <Table caption="Hoitopalkkiot 2025" captionHidden columns={columns} rows={fees} rowKey={(f) => f.month} />
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('ServiceUnavailable', () => {
  it('explains in the reader’s language and retries on request', async () => {
    const onRetry = vi.fn();
    const { user } = await renderUi(<ServiceUnavailable onRetry={onRetry} />, { language: 'sv' });
    expect(screen.getByRole('region', { name: 'Tjänsten är inte tillgänglig just nu' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('takes the caller’s texts and can be the page’s h1', async () => {
    await renderUi(<ServiceUnavailable title="Oirearvio ei toimi" body="Soita 116 117." retryLabel="Lataa uudelleen" onRetry={() => {}} headingLevel={1} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Oirearvio ei toimi' }).tabIndex).toBe(-1);
    expect(screen.getByText('Soita 116 117.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lataa uudelleen' })).toBeTruthy();
  });
});

describe('LanguageNote', () => {
  it('tells a Swedish reader that the content is only in Finnish', async () => {
    const content = localizedText({ fi: 'Neuvolan palvelut' }, 'sv');
    await renderUi(
      <article>
        <LanguageNote content={content} />
        <p lang={content.language}>{content.text}</p>
      </article>,
      { language: 'sv' },
    );
    expect(screen.getByText('Det här innehållet finns bara på finska.')).toBeTruthy();
    expect(screen.getByText('Neuvolan palvelut').getAttribute('lang')).toBe('fi');
  });

  it('says nothing when the content is in the reader’s language', async () => {
    const { container } = await renderUi(<LanguageNote content={localizedText({ fi: 'x', en: 'y' }, 'en')} />);
    expect(container.textContent).toBe('');
  });
});

describe('layout and helpers', () => {
  it('lays out with gap classes from the spacing scale', async () => {
    const { container } = await renderUi(
      <Stack gap="l" as="section">
        <Cluster justify="between">
          <span>a</span>
        </Cluster>
      </Stack>,
    );
    expect(container.innerHTML).toBe(
      '<section class="lx-stack lx-gap-l"><div class="lx-cluster lx-gap-s lx-justify-between lx-align-center"><span>a</span></div></section>',
    );
  });

  it('hides text visually but keeps it for screen readers', async () => {
    await renderUi(
      <button type="button">
        ×<VisuallyHidden>Sulje</VisuallyHidden>
      </button>,
    );
    expect(screen.getByRole('button', { name: '×Sulje' })).toBeTruthy();
    expect(screen.getByText('Sulje').className).toBe('lx-visually-hidden');
  });

  it('has no axe violations across the content components', async () => {
    const { container } = await renderUi(
      <main>
        <Alert tone="info" title="Tiedote">
          Palvelu on suljettu juhannuksena.
        </Alert>
        <Skeleton />
        <ServiceUnavailable onRetry={() => {}} />
        <LanguageNote content={localizedText({ fi: 'x' }, 'en')} />
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
