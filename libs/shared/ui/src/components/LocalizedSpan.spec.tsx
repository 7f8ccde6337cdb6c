import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { LocalizedSpan } from './LocalizedSpan';

afterEach(cleanup);

describe('LocalizedSpan', () => {
  it('marks text in another language than the page with its lang', () => {
    const { container } = render(<p><LocalizedSpan content={{ text: 'Perhekerho', language: 'fi', isFallback: true }} /></p>);
    expect(container.innerHTML).toBe('<p><span lang="fi">Perhekerho</span></p>');
  });
  it('adds nothing around text in the reader’s language', () => {
    const { container } = render(<p><LocalizedSpan content={{ text: 'Familjeklubb', language: 'sv', isFallback: false }} /></p>);
    expect(container.innerHTML).toBe('<p>Familjeklubb</p>');
  });
});
