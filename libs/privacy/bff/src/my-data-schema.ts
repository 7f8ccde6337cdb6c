import {
  LocalizedTextRef, pickLanguage, residentPersonId,
  type BffComposition, type BffModule, type LocalizedText, type PrismaLike, type builder as Builder,
} from '@luotsi/bff-core';

interface OptionalDataItem {
  key: string;
  label: LocalizedText;
  present: boolean;
}

/** What every module holds of the resident's optional data now. */
async function listOptionalData(prisma: PrismaLike, modules: readonly BffModule[], personId: string, language: Parameters<typeof pickLanguage>[1]) {
  const items: OptionalDataItem[] = [];
  for (const module of modules) {
    for (const item of (await module.optionalData?.list(prisma, personId)) ?? [])
      items.push({ key: item.key, label: pickLanguage(item.label, language), present: item.present });
  }
  return items;
}

/**
 * The resident's optional data (contact details they gave; consents once they exist) and its
 * deletion. Required records — requests to be contacted, care agreements, bookings — are kept as
 * the law requires and are not deletable here; the page says why.
 */
export function registerMyDataSchema(builder: typeof Builder, composition: BffComposition): void {
  const Item = builder.objectRef<OptionalDataItem>('OptionalDataItem').implement({
    description: 'One kind of optional data a resident may delete, e.g. their e-mail address.',
    fields: (t) => ({
      key: t.exposeString('key', { description: 'Stable id, "<module>.<kind>", e.g. "identity.email".' }),
      label: t.field({ type: LocalizedTextRef, resolve: (item) => item.label }),
      present: t.exposeBoolean('present', { description: 'Whether anything of this kind is stored now.' }),
    }),
  });

  builder.queryField('myOptionalData', (t) =>
    t.field({
      type: [Item],
      description: 'The optional data the signed-in resident may delete, and whether any is stored.',
      authScopes: { resident: true },
      resolve: (_root, _args, ctx) => listOptionalData(ctx.prisma, composition.modules, residentPersonId(ctx), ctx.language),
    }),
  );

  builder.mutationField('deleteMyOptionalData', (t) =>
    t.field({
      type: [Item],
      description: 'Deletes all of the signed-in resident’s optional data, in every module at once; returns what is left (nothing).',
      authScopes: { resident: true },
      resolve: async (_root, _args, ctx) => {
        const personId = residentPersonId(ctx);
        // One transaction: either every module's optional data goes, or none does.
        await ctx.prisma.$transaction(async (tx) => {
          for (const module of composition.modules) await module.optionalData?.delete(tx, personId);
        });
        return listOptionalData(ctx.prisma, composition.modules, personId, ctx.language);
      },
    }),
  );
}
