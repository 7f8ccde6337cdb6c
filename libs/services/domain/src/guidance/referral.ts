import type { HandoverChannel } from './guidance';

/**
 * A referral (ohjaus / hänvisning): one unit guided a client to one provider's service through a
 * channel at a time. Built only from these fields, so it holds no personal data and can be kept
 * for statistics after the set and its client are gone.
 */
export interface Referral {
  handoverId: string;
  referredAt: Date;
  fromUnitId: string;
  serviceId: string;
  organizationId: string;
  providerType: string;
  channel: HandoverChannel;
}

export interface ReferredService {
  id: string;
  organizationId: string;
  providerType: string;
}

/**
 * The referrals of one handover: one per service of the set that is still in the catalogue (a
 * service PTV has archived meanwhile has no provider to count it for).
 */
export function referralsOfHandover(
  handover: { id: string; at: Date; fromUnitId: string; channel: HandoverChannel },
  serviceIds: readonly string[],
  catalogue: ReadonlyMap<string, ReferredService>,
): Referral[] {
  const seen = new Set<string>();
  return serviceIds.flatMap((serviceId) => {
    const service = catalogue.get(serviceId);
    if (!service || seen.has(serviceId)) return [];
    seen.add(serviceId);
    return [
      {
        handoverId: handover.id,
        referredAt: handover.at,
        fromUnitId: handover.fromUnitId,
        serviceId,
        organizationId: service.organizationId,
        providerType: service.providerType,
        channel: handover.channel,
      },
    ];
  });
}
