import { screen } from '@testing-library/react';
import { useState, type FormEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations, renderUi } from '../test-utils';
import { Button } from './Button';

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('Button', () => {
  it('is a plain button (not a submit) by default', async () => {
    await renderUi(<Button>Tallenna</Button>);
    expect(screen.getByRole('button', { name: 'Tallenna' }).getAttribute('type')).toBe('button');
  });

  it('ignores a second click while the first one’s promise is pending', async () => {
    const work = deferred();
    const onClick = vi.fn(() => work.promise);
    const { user } = await renderUi(<Button onClick={onClick}>Lähetä</Button>);
    const button = screen.getByRole('button', { name: 'Lähetä' });
    await user.click(button);
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Lähetä Ladataan…' }).getAttribute('aria-disabled')).toBe('true');
    work.resolve();
    await vi.waitFor(() => expect(button.hasAttribute('aria-disabled')).toBe(false));
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('blocks a double click even before React re-renders', async () => {
    const work = deferred();
    const onClick = vi.fn(() => work.promise);
    await renderUi(<Button onClick={onClick}>Lähetä</Button>);
    const button = screen.getByRole('button');
    button.click();
    button.click();
    expect(onClick).toHaveBeenCalledTimes(1);
    work.resolve();
  });

  it('does not submit its form again while loading', async () => {
    const onSubmit = vi.fn();
    function Form() {
      const [saving, setSaving] = useState(false);
      return (
        <form
          aria-label="Lomake"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            onSubmit();
            setSaving(true);
          }}
        >
          <Button type="submit" loading={saving}>
            Lähetä
          </Button>
        </form>
      );
    }
    const { user } = await renderUi(<Form />, { language: 'sv' });
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    const loading = screen.getByRole('button', { name: 'Lähetä Laddar…' });
    await user.click(loading);
    await user.click(loading);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    // Focus stays on the button: aria-disabled, not disabled.
    expect(document.activeElement).toBe(loading);
  });

  it('renders a link styled as a button', async () => {
    await renderUi(
      <Button as="a" href="/auth/resident/login" variant="secondary">
        Kirjaudu
      </Button>,
    );
    const link = screen.getByRole('link', { name: 'Kirjaudu' });
    expect(link.getAttribute('href')).toBe('/auth/resident/login');
    expect(link.className).toBe('lx-button lx-button--secondary');
  });

  it('has no axe violations in any variant or state', async () => {
    const { container } = await renderUi(
      <main>
        <Button>Tallenna</Button>
        <Button variant="secondary">Peruuta</Button>
        <Button variant="danger" loading>
          Poista
        </Button>
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
