/**
 * Great-circle distance between two points on the Earth (haversine formula), for the travel-distance rule of
 * eligibility (docs/rules.md: "within the travel distance of the claimant for in-person exams").
 *
 * The Earth is taken as a sphere of the IUGG mean radius; the error against the ellipsoid is under 0.5 %,
 * far below what matters for "is this office within 80 km". It is a straight-line distance, not a driving one.
 */

export interface Coordinates {
  /** Degrees, −90 (south) to 90 (north). */
  latitude: number;
  /** Degrees, −180 (west) to 180 (east). */
  longitude: number;
}

/** IUGG mean Earth radius R1 = (2a + b) / 3. */
export const EARTH_MEAN_RADIUS_KM = 6371.0088;
/** International mile (1959). */
export const KM_PER_MILE = 1.609344;

export function isValidCoordinates(point: Coordinates): boolean {
  const { latitude, longitude } = point;
  return (
    Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180
  );
}

function requireCoordinates(point: Coordinates, name: string): void {
  if (!isValidCoordinates(point)) {
    throw new RangeError(
      `${name} needs a latitude from -90 to 90 and a longitude from -180 to 180; got (${point.latitude}, ${point.longitude})`,
    );
  }
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Haversine great-circle distance in kilometres; refuses out-of-range coordinates with a RangeError. */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  requireCoordinates(a, 'The first point');
  requireCoordinates(b, 'The second point');
  const dLat = toRadians(b.latitude - a.latitude);
  const dLon = toRadians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  // min(1, …) guards against rounding just above 1 for antipodal points.
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function distanceMiles(a: Coordinates, b: Coordinates): number {
  return distanceKm(a, b) / KM_PER_MILE;
}

/** Latitude and longitude ranges holding every point within a distance; `longitude` is null when it would wrap. */
export interface BoundingBox {
  latitude: { min: number; max: number };
  longitude: { min: number; max: number } | null;
}

/**
 * The smallest latitude/longitude box around a point that holds every point within `radiusKm` of it on the
 * sphere distanceKm uses, widened by a hair against rounding, so a database can narrow a search by index before
 * the exact distance is computed. Points inside the box may still be farther away; points outside never are
 * nearer. When the circle reaches a pole or crosses the antimeridian, longitude is not bounded.
 */
export function boundingBox(center: Coordinates, radiusKm: number): BoundingBox {
  requireCoordinates(center, 'The centre');
  if (!(radiusKm >= 0)) throw new RangeError(`The radius must be zero or more, got ${radiusKm}`);
  const angle = (radiusKm / EARTH_MEAN_RADIUS_KM) * 1.000001 + 1e-9;
  const dLat = (angle * 180) / Math.PI;
  const latitude = { min: Math.max(-90, center.latitude - dLat), max: Math.min(90, center.latitude + dLat) };
  if (latitude.min <= -90 || latitude.max >= 90 || angle >= Math.PI / 2) return { latitude, longitude: null };
  // The meridians tangent to the circle: sin Δλ = sin(r) / cos(φ) (the circle never reaches a pole here).
  const dLon = (Math.asin(Math.min(1, Math.sin(angle) / Math.cos(toRadians(center.latitude)))) * 180) / Math.PI;
  const longitude = { min: center.longitude - dLon, max: center.longitude + dLon };
  if (longitude.min < -180 || longitude.max > 180) return { latitude, longitude: null };
  return { latitude, longitude };
}
