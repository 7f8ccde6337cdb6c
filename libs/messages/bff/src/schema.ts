import { LocalizedTextRef, pickLanguage, type LocalizedValue, type builder as Builder } from '@luotsi/bff-core';

/** Stored like any content in several languages: { fi, sv?, en? }; the reader gets theirs. */
const welcome: LocalizedValue = {
  fi: 'Tervetuloa! Palvelu on käytettävissä.',
  sv: 'Välkommen! Tjänsten är tillgänglig.',
  en: 'Welcome! The service is available.',
};

/**
 * The GraphQL schema of messages, registered on the BFF's one Pothos builder: types, then
 * the queries and mutations beside them.
 *
 * Every Query and Mutation field says who may use it with `authScopes`, or the BFF refuses to
 * start: `{ public: true }`, `{ resident: true }` (a signed-in resident), `{ staff: true }`,
 * `{ staffRole: ['nurse'] }`. A scope decides who may ask; which records they may see is decided
 * in the resolver (the resident's own, the professional's units: see staffUnitIds in
 * libs/family/bff/src/schema.ts).
 */
export function registerMessagesSchema(builder: typeof Builder): void {
  builder.queryField('messagesWelcome', (t) =>
    t.field({
      type: LocalizedTextRef,
      description: 'A welcome to Messages in the reader’s language.',
      authScopes: { public: true },
      resolve: (_root, _args, ctx) => pickLanguage(welcome, ctx.language),
    }),
  );
}
