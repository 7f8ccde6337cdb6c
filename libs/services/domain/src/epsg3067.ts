/**
 * ETRS-TM35FIN (EPSG:3067) ↔ WGS84 degrees. PTV gives addresses' `latitude`/`longitude` as
 * TM35FIN metres (northing / easting), not degrees; maps need degrees.
 *
 * Transverse Mercator on the GRS80 ellipsoid with Krüger's series in the third flattening n, to
 * n³ (millimetre-level within Finland's few hundred kilometres of the central meridian). ETRS89
 * and WGS84 differ by well under a metre here, which is nothing for a map pin.
 */

const a = 6_378_137; // GRS80 semi-major axis, metres
const f = 1 / 298.257222101; // GRS80 flattening
const k0 = 0.9996; // scale on the central meridian
const lon0 = (27 * Math.PI) / 180; // central meridian 27°E
const falseEasting = 500_000;

const n = f / (2 - f);
const n2 = n * n;
const n3 = n2 * n;
/** Radius of the rectifying sphere, scaled. */
const kA = (k0 * a) / (1 + n) * (1 + n2 / 4 + (n2 * n2) / 64);
const alpha = [n / 2 - (2 * n2) / 3 + (5 * n3) / 16, (13 * n2) / 48 - (3 * n3) / 5, (61 * n3) / 240];
const beta = [n / 2 - (2 * n2) / 3 + (37 * n3) / 96, n2 / 48 + n3 / 15, (17 * n3) / 480];
const delta = [2 * n - (2 * n2) / 3 - 2 * n3, (7 * n2) / 3 - (8 * n3) / 5, (56 * n3) / 15];
const twoRootNOver = (2 * Math.sqrt(n)) / (1 + n);

export interface Wgs84 {
  latitude: number;
  longitude: number;
}

export interface Tm35Fin {
  /** Metres north of the equator. */
  northing: number;
  /** Metres, 500 000 on the 27°E meridian. */
  easting: number;
}

const degrees = (radians: number) => (radians * 180) / Math.PI;
const radians = (deg: number) => (deg * Math.PI) / 180;

/** ETRS-TM35FIN metres to WGS84 degrees. */
export function tm35FinToWgs84({ northing, easting }: Tm35Fin): Wgs84 {
  const xi = northing / kA;
  const eta = (easting - falseEasting) / kA;
  let xiP = xi;
  let etaP = eta;
  for (let j = 1; j <= 3; j++) {
    const b = beta[j - 1]!;
    xiP -= b * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    etaP -= b * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const chi = Math.asin(Math.sin(xiP) / Math.cosh(etaP));
  let phi = chi;
  for (let j = 1; j <= 3; j++) phi += delta[j - 1]! * Math.sin(2 * j * chi);
  const lambda = lon0 + Math.atan2(Math.sinh(etaP), Math.cos(xiP));
  return { latitude: degrees(phi), longitude: degrees(lambda) };
}

/** WGS84 degrees to ETRS-TM35FIN metres (for tests and the demo data generator). */
export function wgs84ToTm35Fin({ latitude, longitude }: Wgs84): Tm35Fin {
  const phi = radians(latitude);
  const dLambda = radians(longitude) - lon0;
  const sinPhi = Math.sin(phi);
  const t = Math.sinh(Math.atanh(sinPhi) - twoRootNOver * Math.atanh(twoRootNOver * sinPhi));
  const xiP = Math.atan2(t, Math.cos(dLambda));
  const etaP = Math.atanh(Math.sin(dLambda) / Math.sqrt(1 + t * t));
  let xi = xiP;
  let eta = etaP;
  for (let j = 1; j <= 3; j++) {
    const al = alpha[j - 1]!;
    xi += al * Math.sin(2 * j * xiP) * Math.cosh(2 * j * etaP);
    eta += al * Math.cos(2 * j * xiP) * Math.sinh(2 * j * etaP);
  }
  return { northing: kA * xi, easting: falseEasting + kA * eta };
}

/** Roughly mainland Finland and Åland with a margin: a coordinate outside is a data error. */
export function isInFinland({ latitude, longitude }: Wgs84): boolean {
  return latitude >= 59.3 && latitude <= 70.2 && longitude >= 19.0 && longitude <= 31.7;
}

/**
 * A PTV address coordinate pair (strings or numbers) as WGS84, or undefined when missing or not
 * in Finland. Values that look like degrees already (older data, other sources) are taken as such.
 */
export function ptvCoordinatesToWgs84(latitude: unknown, longitude: unknown): Wgs84 | undefined {
  const lat = typeof latitude === 'number' ? latitude : typeof latitude === 'string' && latitude.trim() !== '' ? Number(latitude) : NaN;
  const lon = typeof longitude === 'number' ? longitude : typeof longitude === 'string' && longitude.trim() !== '' ? Number(longitude) : NaN;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || (lat === 0 && lon === 0)) return undefined;
  const point = Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { latitude: lat, longitude: lon } : tm35FinToWgs84({ northing: lat, easting: lon });
  return isInFinland(point) ? point : undefined;
}
