/**
 * The words of the catalogue's service names, for compound-friendly and typo-tolerant matching
 * (see expandTerm in @luotsi/services-domain). Built from the database once per client and kept
 * for ten minutes: the catalogue changes by nightly import, and a new word is found by normal
 * stemming meanwhile, only not yet by its inflections and typos.
 */
import type { PrismaClient } from '@luotsi/db';
import { buildVocabulary, expandTerm, type TermMatch, type Vocabulary } from '@luotsi/services-domain';

const ttlMs = 10 * 60 * 1000;
const maxCachedTerms = 5000;

interface Entry {
  loadedAt: number;
  vocabulary: Promise<Vocabulary>;
  expansions: Map<string, TermMatch[]>;
}

const cache = new WeakMap<PrismaClient, Entry>();

async function load(prisma: PrismaClient): Promise<Vocabulary> {
  const rows = await prisma.service.findMany({ select: { name: true } });
  return buildVocabulary(rows.flatMap((row) => Object.values((row.name ?? {}) as Record<string, unknown>).filter((v): v is string => typeof v === 'string')));
}

function entryFor(prisma: PrismaClient, now = Date.now()): Entry {
  let entry = cache.get(prisma);
  if (!entry || now - entry.loadedAt > ttlMs) {
    const vocabulary = load(prisma);
    entry = { loadedAt: now, vocabulary, expansions: new Map() };
    cache.set(prisma, entry);
    // A failed load is retried on the next search rather than cached.
    vocabulary.catch(() => cache.delete(prisma));
  }
  return entry;
}

export function vocabularyOf(prisma: PrismaClient): Promise<Vocabulary> {
  return entryFor(prisma).vocabulary;
}

/** Forget the vocabulary (after an import, and in tests that change the catalogue). */
export function forgetVocabulary(prisma: PrismaClient): void {
  cache.delete(prisma);
}

/** expandTerm with the results remembered: realistic searches repeat the same words. */
export async function expandCached(prisma: PrismaClient, term: string): Promise<TermMatch[]> {
  const entry = entryFor(prisma);
  const known = entry.expansions.get(term);
  if (known) return known;
  const matches = expandTerm(term, await entry.vocabulary);
  if (entry.expansions.size >= maxCachedTerms) entry.expansions.clear();
  entry.expansions.set(term, matches);
  return matches;
}
