import { describe, expect, it } from 'vitest';
import { isInFinland, ptvCoordinatesToWgs84, tm35FinToWgs84, wgs84ToTm35Fin } from './epsg3067';

// GRS80, and ETRS-TM35FIN's projection parameters, for the independent checks below.
const a = 6_378_137;
const f = 1 / 298.257222101;
const e2 = f * (2 - f);
const k0 = 0.9996;

/** Meridian arc length from the equator to latitude φ, by Simpson's rule (independent of the Krüger series). */
function meridianArc(latitude: number): number {
  const phi = (latitude * Math.PI) / 180;
  const steps = 2000;
  const h = phi / steps;
  const m = (x: number) => (a * (1 - e2)) / Math.pow(1 - e2 * Math.sin(x) ** 2, 1.5);
  let sum = m(0) + m(phi);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 0 ? 2 : 4) * m(i * h);
  return (sum * h) / 3;
}

/** Snyder's (USGS Professional Paper 1395) series for the forward projection: a second, independent method. */
function snyderForward(latitude: number, longitude: number): { northing: number; easting: number } {
  const phi = (latitude * Math.PI) / 180;
  const ep2 = e2 / (1 - e2);
  const N = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
  const T = Math.tan(phi) ** 2;
  const C = ep2 * Math.cos(phi) ** 2;
  const A = (((longitude - 27) * Math.PI) / 180) * Math.cos(phi);
  const M = meridianArc(latitude);
  const easting = 500_000 + k0 * N * (A + ((1 - T + C) * A ** 3) / 6 + ((5 - 18 * T + T * T + 72 * C - 58 * ep2) * A ** 5) / 120);
  const northing = k0 * (M + N * Math.tan(phi) * (A ** 2 / 2 + ((5 - T + 9 * C + 4 * C * C) * A ** 4) / 24 + ((61 - 58 * T + T * T + 600 * C - 330 * ep2) * A ** 6) / 720));
  return { northing, easting };
}

/** Metres between two WGS84 points (small distances). */
function metresBetween(p: { latitude: number; longitude: number }, q: { latitude: number; longitude: number }): number {
  const dLat = ((p.latitude - q.latitude) * Math.PI) / 180;
  const dLon = ((p.longitude - q.longitude) * Math.PI) / 180 * Math.cos((p.latitude * Math.PI) / 180);
  return Math.hypot(dLat, dLon) * 6_371_000;
}

describe('ETRS-TM35FIN (EPSG:3067) to WGS84', () => {
  it('puts a point on the 27°E meridian at the scaled meridian arc north of the equator', () => {
    for (const latitude of [59.8, 60, 62.5, 65, 68, 70]) {
      const northing = k0 * meridianArc(latitude);
      expect(wgs84ToTm35Fin({ latitude, longitude: 27 }).northing).toBeCloseTo(northing, 2);
      const back = tm35FinToWgs84({ northing, easting: 500_000 });
      expect(back.latitude).toBeCloseTo(latitude, 7); // 1e-7° is about a centimetre
      expect(back.longitude).toBeCloseTo(27, 10);
    }
  });

  it('agrees with an independent series to a few centimetres across southern and central Finland', () => {
    for (const [latitude, longitude] of [[60.17, 24.95], [60.45, 22.27], [61.5, 23.76], [62.6, 29.76], [63.1, 25.0], [65.0, 28.5]] as const) {
      const expected = snyderForward(latitude, longitude);
      const actual = wgs84ToTm35Fin({ latitude, longitude });
      expect(Math.abs(actual.northing - expected.northing)).toBeLessThan(0.05);
      expect(Math.abs(actual.easting - expected.easting)).toBeLessThan(0.05);
      // And the inverse takes the independent coordinates back to the point within a metre.
      expect(metresBetween(tm35FinToWgs84(expected), { latitude, longitude })).toBeLessThan(1);
    }
  });

  it('puts Helsinki cathedral at about N 6 672 km, E 386 km, and back', () => {
    const cathedral = { latitude: 60.1702, longitude: 24.9522 };
    const grid = wgs84ToTm35Fin(cathedral);
    expect(grid.northing / 1000).toBeCloseTo(6672.1, 0);
    expect(grid.easting / 1000).toBeCloseTo(386.4, 0);
    expect(metresBetween(tm35FinToWgs84(grid), cathedral)).toBeLessThan(0.001);
  });

  it('round-trips points all over Finland, Åland and Lapland included, to a millimetre', () => {
    for (let latitude = 59.7; latitude <= 70; latitude += 0.9) {
      for (let longitude = 19.5; longitude <= 31.5; longitude += 1.3) {
        const point = { latitude, longitude };
        expect(metresBetween(tm35FinToWgs84(wgs84ToTm35Fin(point)), point)).toBeLessThan(0.001);
      }
    }
  });
});

describe('PTV address coordinates', () => {
  it('are converted from metres (the domain rules’ example is on the coast of Ostrobothnia)', () => {
    const point = ptvCoordinatesToWgs84('7006634', '228431');
    expect(point?.latitude).toBeCloseTo(63.087, 2);
    expect(point?.longitude).toBeCloseTo(21.618, 2);
    expect(isInFinland(point!)).toBe(true);
  });

  it('are taken as they are when already in degrees, and left out when missing or outside Finland', () => {
    expect(ptvCoordinatesToWgs84('60.2', '24.7')).toEqual({ latitude: 60.2, longitude: 24.7 });
    expect(ptvCoordinatesToWgs84('', '')).toBeUndefined();
    expect(ptvCoordinatesToWgs84(null, undefined)).toBeUndefined();
    expect(ptvCoordinatesToWgs84('0', '0')).toBeUndefined();
    expect(ptvCoordinatesToWgs84('51.5', '-0.12')).toBeUndefined();
    expect(ptvCoordinatesToWgs84('not a number', '374153')).toBeUndefined();
  });
});
