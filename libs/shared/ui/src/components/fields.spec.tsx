import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations, renderUi } from '../test-utils';
import { CheckboxField } from './CheckboxField';
import { DateField } from './DateField';
import { ErrorSummary } from './ErrorSummary';
import { RadioGroup } from './RadioGroup';
import { SelectField } from './SelectField';
import { TextArea } from './TextArea';
import { TextField } from './TextField';

describe('form fields', () => {
  it('label, hint and error describe a text field, and the error marks it invalid', async () => {
    await renderUi(<TextField label="Sähköposti" hint="Lähetämme vahvistuksen tähän" error="Anna sähköpostiosoite" type="email" />);
    const input = screen.getByRole('textbox', {
      name: 'Sähköposti',
      description: 'Lähetämme vahvistuksen tähän Virhe: Anna sähköpostiosoite',
    });
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('leaves a valid field without aria-invalid or empty descriptions', async () => {
    await renderUi(<TextField label="Nimi" />);
    const input = screen.getByRole('textbox', { name: 'Nimi' });
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-describedby')).toBe(false);
  });

  it('keeps a describedby given by the caller', async () => {
    await renderUi(
      <>
        <p id="extra">Lisätieto</p>
        <TextField label="Nimi" hint="Koko nimi" aria-describedby="extra" />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Nimi', description: 'Koko nimi Lisätieto' })).toBeTruthy();
  });

  it('marks optional fields in the reader’s language', async () => {
    await renderUi(<TextArea label="Lisätietoja" optional />, { language: 'sv' });
    expect(screen.getByRole('textbox', { name: 'Lisätietoja (frivillig)' })).toBeTruthy();
  });

  it('wires a select and its options', async () => {
    const { user } = await renderUi(
      <SelectField
        label="Palvelualue"
        hint="Valitse lähin"
        placeholder="Valitse…"
        options={[
          { value: 'north', label: 'Pohjoinen' },
          { value: 'south', label: 'Etelä' },
        ]}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Palvelualue', description: 'Valitse lähin' });
    await user.selectOptions(select, 'south');
    expect((select as HTMLSelectElement).value).toBe('south');
  });

  it('gives the date field a native date input and a format example', async () => {
    await renderUi(<DateField label="Syntymäaika" hint="Lapsen syntymäaika" />, { language: 'en' });
    const input = screen.getByLabelText('Syntymäaika', { selector: 'input' });
    expect(input.getAttribute('type')).toBe('date');
    const hint = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Lapsen syntymäaika For example 31.12.2025');
  });

  it('groups radios under their question, with hint and error on the group', async () => {
    const { user } = await renderUi(
      <RadioGroup
        label="Onko lapsella allergioita?"
        name="allergies"
        hint="Myös ruoka-aineallergiat"
        error="Valitse vastaus"
        inline
        options={[
          { value: 'yes', label: 'Kyllä' },
          { value: 'no', label: 'Ei' },
        ]}
      />,
    );
    const group = screen.getByRole('radiogroup', {
      name: 'Onko lapsella allergioita?',
      description: 'Myös ruoka-aineallergiat Virhe: Valitse vastaus',
    });
    expect(group.tagName).toBe('FIELDSET');
    expect(group.getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByText('Ei'));
    expect((screen.getByRole('radio', { name: 'Ei' }) as HTMLInputElement).checked).toBe(true);
  });

  it('reports the chosen radio value in controlled use', async () => {
    const chosen: string[] = [];
    const { user } = await renderUi(
      <RadioGroup
        label="Kieli"
        name="lang"
        value="fi"
        onChange={(value) => chosen.push(value)}
        options={[
          { value: 'fi', label: 'suomi' },
          { value: 'sv', label: 'svenska', hint: 'Palvelu ruotsiksi' },
        ]}
      />,
    );
    expect(screen.getByRole('radio', { name: 'svenska', description: 'Palvelu ruotsiksi' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'svenska' }));
    expect(chosen).toEqual(['sv']);
  });

  it('labels a checkbox with the text beside it', async () => {
    const { user } = await renderUi(<CheckboxField label="Hyväksyn ehdot" error="Ehdot on hyväksyttävä" />);
    const box = screen.getByRole('checkbox', { name: 'Hyväksyn ehdot', description: 'Virhe: Ehdot on hyväksyttävä' });
    await user.click(screen.getByText('Hyväksyn ehdot'));
    expect((box as HTMLInputElement).checked).toBe(true);
  });
});

describe('ErrorSummary', () => {
  it('takes focus, counts the problems and links each to its field', async () => {
    const { user } = await renderUi(
      <form>
        <ErrorSummary
          errors={[
            { fieldId: 'email', message: 'Anna sähköpostiosoite' },
            { fieldId: 'answer', message: 'Valitse vastaus' },
          ]}
        />
        <TextField id="email" label="Sähköposti" error="Anna sähköpostiosoite" />
        <RadioGroup
          id="answer"
          name="answer"
          label="Vastaus"
          error="Valitse vastaus"
          options={[
            { value: 'a', label: 'A' },
            { value: 'b', label: 'B' },
          ]}
        />
      </form>,
    );
    const title = screen.getByRole('heading', { name: 'Lomakkeessa on 2 korjattavaa kohtaa' });
    expect(document.activeElement).toBe(title.parentElement);
    await user.click(screen.getByRole('link', { name: 'Anna sähköpostiosoite' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Sähköposti' }));
    await user.click(screen.getByRole('link', { name: 'Valitse vastaus' }));
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'A' }));
  });

  it('uses the singular for one problem and renders nothing without problems', async () => {
    const { rerender } = await renderUi(<ErrorSummary errors={[{ fieldId: 'x', message: 'Virhe' }]} />, { language: 'en' });
    expect(screen.getByRole('heading', { name: 'There is 1 problem in the form' })).toBeTruthy();
    rerender(<ErrorSummary errors={[]} />);
    expect(screen.queryByRole('heading')).toBeNull();
  });
});

describe('form accessibility', () => {
  it('has no axe violations with hints, errors and every field type', async () => {
    const { container } = await renderUi(
      <main>
        <form aria-label="Yhteydenottopyyntö">
          <ErrorSummary errors={[{ fieldId: 'name', message: 'Anna nimi' }]} />
          <TextField id="name" label="Nimi" hint="Etu- ja sukunimi" error="Anna nimi" autoComplete="name" />
          <TextArea label="Viesti" optional />
          <SelectField label="Alue" options={[{ value: 'a', label: 'A' }]} />
          <DateField label="Päivä" />
          <RadioGroup label="Yhteystapa" name="contact" error="Valitse" options={[{ value: 'phone', label: 'Puhelin', hint: 'Soitamme arkisin' }]} />
          <CheckboxField label="Saa soittaa" hint="Numero profiilista" />
        </form>
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
