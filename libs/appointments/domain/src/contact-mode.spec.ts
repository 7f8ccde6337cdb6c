import { describe, expect, it } from 'vitest';
import { contactModeOf, contactModes, isContactMode } from './contact-mode';

describe('contact modes', () => {
  it('are a phone call, a visit to the unit and a remote meeting', () => {
    expect(contactModes).toEqual(['phone', 'visit', 'remote']);
    expect(isContactMode('visit')).toBe(true);
    expect(isContactMode('Visit')).toBe(false);
  });

  it('read a stored value, with none for rows from before modes existed', () => {
    expect(contactModeOf('remote')).toBe('remote');
    expect(contactModeOf(null)).toBeNull();
    expect(contactModeOf('letter')).toBeNull();
  });
});
