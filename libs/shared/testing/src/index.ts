// Test helpers for every project's component tests (jsdom). Not for production code.
export { createTestI18n, type TestI18nOptions } from './i18n';
export { renderWithProviders, type RenderWithProvidersOptions, type RenderWithProvidersResult } from './render';
export { axeViolations, describeViolations, wcagTags } from './axe';
export { fixtures } from './fixtures';
export { fakeGraphql, pageProps, type FakeAnswer, type FakeRequest } from './graphql';
