/**
 * Where "nearest first" measures from: a municipality's centre or a postal code. Both come from
 * the demo county's places (catalogue/demo-places.ts): a municipality's centre is the mean of its
 * districts' centres, and a postal code is its district's centre. A national postal-code table
 * with coordinates would be the production answer; it is not open data we can ship here, and the
 * county's services all lie in these districts. An unknown code in a known 3-digit area takes
 * that area's first district (e.g. 02140 → Tapiola's 02100 area).
 */
import type { LatLon } from '@luotsi/services-domain';
import { municipalityPlaces } from '../catalogue/demo-places';

export function municipalityCentre(code: string): LatLon | null {
  const place = municipalityPlaces.find((p) => p.code === code);
  if (!place || place.districts.length === 0) return null;
  const n = place.districts.length;
  return {
    latitude: place.districts.reduce((sum, d) => sum + d.latitude, 0) / n,
    longitude: place.districts.reduce((sum, d) => sum + d.longitude, 0) / n,
  };
}

export function postalCodeLocation(postalCode: string): LatLon | null {
  if (!/^\d{5}$/.test(postalCode)) return null;
  const districts = municipalityPlaces.flatMap((p) => p.districts);
  const district = districts.find((d) => d.postalCode === postalCode) ?? districts.find((d) => d.postalCode.slice(0, 3) === postalCode.slice(0, 3));
  return district ? { latitude: district.latitude, longitude: district.longitude } : null;
}
