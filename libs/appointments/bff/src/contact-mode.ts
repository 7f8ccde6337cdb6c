import type { builder as Builder } from '@luotsi/bff-core';
import type { ContactMode } from '@luotsi/appointments-domain';

/**
 * The GraphQL enum of how a first contact happens. The booking schema and the calendar schema both
 * use it and are registered separately, so the enum is made once per builder.
 */
const made = new WeakMap<object, ReturnType<typeof define>>();

function define(builder: typeof Builder) {
  return builder.enumType('ContactMode', {
    description: 'How a first contact happens.',
    values: {
      PHONE: { value: 'phone', description: 'The professional calls the resident.' },
      VISIT: { value: 'visit', description: 'The resident comes to the unit.' },
      REMOTE: { value: 'remote', description: 'A remote meeting; the professional sends the link to join.' },
    } as const satisfies Record<string, { value: ContactMode; description: string }>,
  });
}

export function contactModeEnum(builder: typeof Builder): ReturnType<typeof define> {
  let ref = made.get(builder);
  if (!ref) {
    ref = define(builder);
    made.set(builder, ref);
  }
  return ref;
}
