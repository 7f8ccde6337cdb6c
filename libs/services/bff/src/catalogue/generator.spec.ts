import { describe, expect, it } from 'vitest';
import { ImportReport, isInFinland, type CatalogueService } from '@luotsi/services-domain';
import { coreServices } from './demo-core';
import { cataloguePages, generateCatalogue } from './generator';
import { mapDocuments } from './importer';

describe('the demo catalogue generator', () => {
  it('makes the same catalogue from the same seed, and another from another seed', () => {
    const a = JSON.stringify(generateCatalogue({ services: 400, seed: 7 }));
    expect(JSON.stringify(generateCatalogue({ services: 400, seed: 7 }))).toBe(a);
    expect(JSON.stringify(generateCatalogue({ services: 400, seed: 8 }))).not.toBe(a);
  });

  it('makes a regional catalogue that the importer reads in full', () => {
    const generated = generateCatalogue({ services: 1500, seed: 42 });
    expect(generated.services).toHaveLength(1500);
    expect(generated.channels.length).toBeGreaterThanOrEqual(2500);
    const report = new ImportReport();
    const catalogue = mapDocuments(cataloguePages(generated), report);
    expect(catalogue.services.size).toBe(1500);
    expect(catalogue.channels.size).toBe(generated.channels.length);
    // The only things left out are the employees' personal numbers and addresses planted in the data.
    expect(new Set(report.list.map((s) => s.reason))).toEqual(new Set(['personal phone number left out', 'personal e-mail address left out']));

    const services = [...catalogue.services.values()];
    const coreIds = new Set(coreServices.map((s) => s.key));
    const generatedServices = services.slice(coreIds.size);
    expect(generatedServices.every((s) => s.name.fi && s.name.sv && s.summary.fi && s.summary.sv)).toBe(true);
    const english = generatedServices.filter((s) => s.name.en).length;
    expect(english / generatedServices.length).toBeGreaterThan(0.2);
    expect(english).toBeLessThan(generatedServices.length);

    const providerOf = (s: CatalogueService) => catalogue.organizations.get(s.organizationId)?.providerType;
    const byProvider = new Map<string, number>();
    for (const s of services) byProvider.set(providerOf(s) ?? 'none', (byProvider.get(providerOf(s) ?? 'none') ?? 0) + 1);
    for (const type of ['county', 'municipality', 'ngo', 'parish', 'company']) expect(byProvider.get(type) ?? 0).toBeGreaterThan(20);
    expect(byProvider.has('none')).toBe(false);

    const municipalities = new Set(services.flatMap((s) => s.municipalityCodes));
    expect([...municipalities].sort()).toEqual(['049', '078', '149', '224', '235', '257', '444', '710', '755', '927']);
    const locations = [...catalogue.channels.values()].filter((c) => c.type === 'location');
    expect(locations.length).toBeGreaterThan(500);
    expect(locations.every((c) => c.latitude !== undefined && isInFinland({ latitude: c.latitude, longitude: c.longitude! }))).toBe(true);
    expect(new Set([...catalogue.channels.values()].map((c) => c.type))).toEqual(new Set(['location', 'phone', 'web-page', 'e-service', 'printable-form']));
  });

  it('scales past the region’s combinations (benchmarks use 50 000) with distinct ids and names', () => {
    const generated = generateCatalogue({ services: 8000, seed: 42 });
    expect(generated.services).toHaveLength(8000);
    expect(new Set(generated.services.map((s) => s['id'])).size).toBe(8000);
    const names = generated.services.map((s) => JSON.stringify(s['serviceNames']) + JSON.stringify(s['organizations']));
    expect(new Set(names).size).toBe(8000);
  });
});
