import { cleanup, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Field from './Field.svelte';

type Control = { id: string; describedBy: string | undefined; invalid: true | undefined };

const input = createRawSnippet((control: () => Control) => ({
  render: () => {
    const { id, describedBy, invalid } = control();
    const described = describedBy ? ` aria-describedby="${describedBy}"` : '';
    const invalidity = invalid ? ' aria-invalid="true"' : '';
    return `<input id="${id}"${described}${invalidity} />`;
  },
}));

afterEach(cleanup);

describe('a field', () => {
  it('labels its control and ties its help and error to it', () => {
    render(Field, { id: 'f-phone', label: 'Phone', help: 'With the country code', error: 'Not a phone number', children: input });
    const control = screen.getByLabelText('Phone');
    expect(control.getAttribute('aria-invalid')).toBe('true');
    expect(control.getAttribute('aria-describedby')).toBe('f-phone-help f-phone-error');
    expect(document.getElementById('f-phone-error')?.textContent).toBe('Not a phone number');
    expect(document.getElementById('f-phone-help')?.textContent).toBe('With the country code');
  });

  it('without an error the control is valid and described by nothing', () => {
    render(Field, { id: 'f-name', label: 'Name', children: input });
    const control = screen.getByLabelText('Name');
    expect(control.getAttribute('aria-invalid')).toBeNull();
    expect(control.getAttribute('aria-describedby')).toBeNull();
  });
});
