import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { axeViolations, renderUi } from '../test-utils';
import { Button } from './Button';
import { Dialog } from './Dialog';

function Example() {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <Button onClick={() => setOpen(true)}>Peru aika</Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Perutaanko aika?"
        actions={
          <>
            <Button variant="danger" onClick={() => setOpen(false)}>
              Peru aika
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Älä peru
            </Button>
          </>
        }
      >
        <p>Aika 7.3.2025 klo 14.05 vapautuu muille.</p>
      </Dialog>
    </main>
  );
}

describe('Dialog', () => {
  it('opens with focus on its title and returns focus to the opener on close', async () => {
    const { user } = await renderUi(<Example />);
    const opener = screen.getByRole('button', { name: 'Peru aika' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Perutaanko aika?' });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Perutaanko aika?' }));
    await user.click(screen.getByRole('button', { name: 'Sulje' }));
    expect(dialog.hasAttribute('open')).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('closes on Esc', async () => {
    const { user } = await renderUi(<Example />);
    const opener = screen.getByRole('button', { name: 'Peru aika' });
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('keeps Tab inside the dialog', async () => {
    const { user } = await renderUi(<Example />);
    await user.click(screen.getByRole('button', { name: 'Peru aika' }));
    const dialog = screen.getByRole('dialog');
    const close = screen.getByRole('button', { name: 'Sulje' });
    const last = screen.getByRole('button', { name: 'Älä peru' });
    await user.tab();
    expect(document.activeElement).toBe(close);
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(last);
    await user.tab();
    expect(document.activeElement).toBe(close);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(last);
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('has no axe violations when open', async () => {
    const { container, user } = await renderUi(<Example />, { language: 'sv' });
    await user.click(screen.getByRole('button', { name: 'Peru aika' }));
    expect(screen.getByRole('button', { name: 'Stäng' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });
});
