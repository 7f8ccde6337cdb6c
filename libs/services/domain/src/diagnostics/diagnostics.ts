/**
 * Data-quality diagnostics of the catalogue, the way PTV's providers need them (as in DigiFinland's
 * Tarmoa): what a service lacks for residents and professionals to find and use it. The providers
 * fix the data in PTV; the nightly import brings the fix.
 */
export const diagnosticReasons = [
  'missing-target-group',
  'missing-service-class',
  'missing-swedish',
  'missing-opening-hours',
  'not-updated',
] as const;
export type DiagnosticReason = (typeof diagnosticReasons)[number];

/** A service not changed in PTV for this long is listed as possibly out of date. */
export const staleAfterDays = 365;

export interface DiagnosedChannel {
  type: string;
  /** The opening-hours model as stored (a list of periods). */
  openingHours: unknown;
}

export interface DiagnosedService {
  name: unknown;
  summary: unknown;
  targetGroups: readonly string[];
  serviceClasses: readonly string[];
  sourceModifiedAt: Date;
  channels: readonly DiagnosedChannel[];
}

function hasText(value: unknown, language: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const text = (value as Record<string, unknown>)[language];
  return typeof text === 'string' && text.trim() !== '';
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * What a service lacks, in the order of `diagnosticReasons` (empty when nothing):
 * - no target group, or no service class (PTV classifications: residents filter by them);
 * - no Swedish name or summary: the county is bilingual (seed 001), Swedish pages are complete;
 * - a visiting location without opening hours (a service with no location needs none);
 * - not updated in PTV for `staleAfterDays` days before `today` (the demo day in the demo).
 */
export function serviceDiagnostics(service: DiagnosedService, today: Date): DiagnosticReason[] {
  const reasons: DiagnosticReason[] = [];
  if (service.targetGroups.length === 0) reasons.push('missing-target-group');
  if (service.serviceClasses.length === 0) reasons.push('missing-service-class');
  if (!hasText(service.name, 'sv') || !hasText(service.summary, 'sv')) reasons.push('missing-swedish');
  const locations = service.channels.filter((channel) => channel.type === 'location');
  if (locations.some((channel) => !Array.isArray(channel.openingHours) || channel.openingHours.length === 0)) reasons.push('missing-opening-hours');
  if (today.getTime() - service.sourceModifiedAt.getTime() > staleAfterDays * dayMs) reasons.push('not-updated');
  return reasons;
}

export interface DiagnosisCounts {
  /** Services with at least one reason. */
  services: number;
  byReason: Record<DiagnosticReason, number>;
}

/** Counts of a group of diagnosed services (an organisation's, or the whole catalogue's). */
export function countDiagnoses(diagnosed: readonly (readonly DiagnosticReason[])[]): DiagnosisCounts {
  const byReason = Object.fromEntries(diagnosticReasons.map((reason) => [reason, 0])) as Record<DiagnosticReason, number>;
  let services = 0;
  for (const reasons of diagnosed) {
    if (reasons.length > 0) services += 1;
    for (const reason of reasons) byReason[reason] += 1;
  }
  return { services, byReason };
}
