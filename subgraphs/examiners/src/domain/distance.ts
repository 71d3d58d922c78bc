/**
 * Great-circle distance between two points on the Earth (haversine formula), for the travel-distance rule of
 * eligibility (DESIGN.md §5: "within the travel distance of the claimant for in-person exams").
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
