import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations, renderUi } from '../test-utils';
import { Tabs } from './Tabs';

const tabs = [
  { id: 'upcoming', label: 'Tulevat', content: <p>Ei tulevia aikoja.</p> },
  { id: 'past', label: 'Menneet', content: <p>Kolme mennyttä aikaa.</p> },
  { id: 'cancelled', label: 'Perutut', content: <p>Ei peruttuja.</p> },
];

describe('Tabs', () => {
  it('has one tab stop and moves with the arrow keys, wrapping around', async () => {
    const onSelect = vi.fn();
    const { user } = await renderUi(<Tabs label="Ajanvaraukset" tabs={tabs} onSelect={onSelect} />);
    const [upcoming, past, cancelled] = screen.getAllByRole('tab');
    expect(screen.getByRole('tablist', { name: 'Ajanvaraukset' })).toBeTruthy();
    expect(upcoming?.tabIndex).toBe(0);
    expect(past?.tabIndex).toBe(-1);

    await user.tab();
    expect(document.activeElement).toBe(upcoming);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(past);
    expect(past?.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Menneet' }).textContent).toBe('Kolme mennyttä aikaa.');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(upcoming);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(cancelled);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(upcoming);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(cancelled);
    expect(onSelect).toHaveBeenLastCalledWith('cancelled');

    // Tab leaves the tab list for the panel.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tabpanel', { name: 'Perutut' }));
  });

  it('selects on click and hides the other panels', async () => {
    const { user } = await renderUi(<Tabs label="Ajanvaraukset" tabs={tabs} defaultSelectedId="past" />);
    expect(screen.getByRole('tab', { name: 'Menneet' }).getAttribute('aria-selected')).toBe('true');
    await user.click(screen.getByRole('tab', { name: 'Perutut' }));
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
    expect(screen.getByRole('tabpanel').textContent).toBe('Ei peruttuja.');
  });

  it('has no axe violations', async () => {
    const { container } = await renderUi(
      <main>
        <Tabs label="Ajanvaraukset" tabs={tabs} />
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
