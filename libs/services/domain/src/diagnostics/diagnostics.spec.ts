import { describe, expect, it } from 'vitest';
import { countDiagnoses, serviceDiagnostics, type DiagnosedService } from './index';

const today = new Date('2026-11-20T00:00:00Z');
const complete: DiagnosedService = {
  name: { fi: 'Perhekahvila', sv: 'Familjecafé' },
  summary: { fi: 'Avoin kohtaamispaikka', sv: 'Öppen mötesplats' },
  targetGroups: ['KR1.2'],
  serviceClasses: ['P10.1'],
  sourceModifiedAt: new Date('2026-03-01T00:00:00Z'),
  channels: [
    { type: 'location', openingHours: [{ kind: 'regular' }] },
    { type: 'phone', openingHours: [] },
  ],
};

describe('service diagnostics', () => {
  it('finds nothing in a complete, recently updated service', () => {
    expect(serviceDiagnostics(complete, today)).toEqual([]);
  });

  it('names every gap, in a fixed order', () => {
    const service: DiagnosedService = {
      name: { fi: 'Kerho' },
      summary: { fi: 'Kerho', sv: '  ' },
      targetGroups: [],
      serviceClasses: [],
      sourceModifiedAt: new Date('2025-11-19T23:59:59Z'),
      channels: [{ type: 'location', openingHours: [] }, { type: 'location', openingHours: [{ kind: 'regular' }] }],
    };
    expect(serviceDiagnostics(service, today)).toEqual([
      'missing-target-group', 'missing-service-class', 'missing-swedish', 'missing-opening-hours', 'not-updated',
    ]);
  });

  it('asks opening hours only of visiting locations, and a year is not yet stale', () => {
    const webOnly = { ...complete, channels: [{ type: 'web-page', openingHours: [] }], sourceModifiedAt: new Date('2025-11-20T00:00:00Z') };
    expect(serviceDiagnostics(webOnly, today)).toEqual([]);
    expect(serviceDiagnostics({ ...complete, summary: { fi: 'x' } }, today)).toEqual(['missing-swedish']);
  });

  it('counts services with gaps and each reason', () => {
    expect(countDiagnoses([[], ['missing-swedish', 'not-updated'], ['missing-swedish']])).toEqual({
      services: 2,
      byReason: { 'missing-target-group': 0, 'missing-service-class': 0, 'missing-swedish': 2, 'missing-opening-hours': 0, 'not-updated': 1 },
    });
  });
});
