import { describe, expect, it } from 'vitest';
import { EARTH_MEAN_RADIUS_KM, boundingBox, distanceKm, distanceMiles, isValidCoordinates, type Coordinates } from './distance';

const newYork = { latitude: 40.7128, longitude: -74.006 };
const losAngeles = { latitude: 34.0522, longitude: -118.2437 };
const london = { latitude: 51.5074, longitude: -0.1278 };
const paris = { latitude: 48.8566, longitude: 2.3522 };
const sanFrancisco = { latitude: 37.7749, longitude: -122.4194 };
const oakland = { latitude: 37.8044, longitude: -122.2712 };
const sydney = { latitude: -33.8688, longitude: 151.2093 };

describe('distanceKm', () => {
  it.each([
    ['New York – Los Angeles', newYork, losAngeles, 3936, 10],
    ['London – Paris', london, paris, 344, 2],
    ['San Francisco – Oakland', sanFrancisco, oakland, 13.4, 0.3],
    ['New York – Sydney', newYork, sydney, 15_990, 30],
  ])('%s', (_name, a, b, expected, tolerance) => {
    expect(Math.abs(distanceKm(a, b) - expected)).toBeLessThan(tolerance);
  });

  it('is zero for the same point and symmetric', () => {
    expect(distanceKm(newYork, newYork)).toBe(0);
    expect(distanceKm(newYork, losAngeles)).toBeCloseTo(distanceKm(losAngeles, newYork), 9);
  });

  it('handles the antimeridian and the poles', () => {
    const east = { latitude: 0, longitude: 179.9 };
    const west = { latitude: 0, longitude: -179.9 };
    expect(distanceKm(east, west)).toBeCloseTo(22.24, 1);
    expect(distanceKm({ latitude: 90, longitude: 0 }, { latitude: -90, longitude: 0 })).toBeCloseTo(Math.PI * EARTH_MEAN_RADIUS_KM, 6);
  });

  it.each([
    [{ latitude: 91, longitude: 0 }],
    [{ latitude: 0, longitude: -180.5 }],
    [{ latitude: Number.NaN, longitude: 0 }],
  ])('refuses out-of-range coordinates %j', (bad) => {
    expect(() => distanceKm(bad, newYork)).toThrow(RangeError);
    expect(() => distanceKm(newYork, bad)).toThrow(RangeError);
    expect(isValidCoordinates(bad)).toBe(false);
  });
});

describe('distanceMiles', () => {
  it('converts with the international mile', () => {
    expect(Math.abs(distanceMiles(newYork, losAngeles) - 2446)).toBeLessThan(6);
    expect(distanceMiles(london, paris)).toBeCloseTo(distanceKm(london, paris) / 1.609344, 9);
  });
});

/** The point `km` away from `from` on the bearing (degrees clockwise from north), on the same sphere. */
function destination(from: Coordinates, bearing: number, km: number): Coordinates {
  const rad = Math.PI / 180;
  const [phi, lambda, theta, delta] = [from.latitude * rad, from.longitude * rad, bearing * rad, km / EARTH_MEAN_RADIUS_KM];
  const phi2 = Math.asin(Math.sin(phi) * Math.cos(delta) + Math.cos(phi) * Math.sin(delta) * Math.cos(theta));
  const lambda2 = lambda + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi), Math.cos(delta) - Math.sin(phi) * Math.sin(phi2));
  const longitude = ((((lambda2 / rad + 180) % 360) + 360) % 360) - 180;
  return { latitude: phi2 / rad, longitude };
}

function inside(box: ReturnType<typeof boundingBox>, point: Coordinates): boolean {
  const lat = point.latitude >= box.latitude.min && point.latitude <= box.latitude.max;
  const lon = box.longitude === null || (point.longitude >= box.longitude.min && point.longitude <= box.longitude.max);
  return lat && lon;
}

describe('boundingBox', () => {
  it('holds every point within the radius, whatever the centre, radius and bearing', () => {
    let state = 20261127;
    const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 20_000; i++) {
      const center = { latitude: random() * 170 - 85, longitude: random() * 360 - 180 };
      const radius = random() < 0.5 ? random() * 200 : random() * 2000;
      const point = destination(center, random() * 360, radius * Math.sqrt(random()));
      if (distanceKm(center, point) > radius) continue;
      expect(inside(boundingBox(center, radius), point), `${JSON.stringify({ center, radius, point })}`).toBe(true);
    }
  });

  it('holds the points at exactly the radius due north, south, east and west, and leaves out the ones just beyond', () => {
    const box = boundingBox(newYork, 80);
    for (const bearing of [0, 90, 180, 270]) {
      expect(inside(box, destination(newYork, bearing, 80))).toBe(true);
      expect(inside(box, destination(newYork, bearing, 81))).toBe(false);
    }
  });

  it('leaves longitude open when the circle reaches a pole or crosses the antimeridian', () => {
    expect(boundingBox({ latitude: 89.5, longitude: 10 }, 100).longitude).toBeNull();
    expect(boundingBox({ latitude: 0, longitude: 179.9 }, 50).longitude).toBeNull();
    expect(boundingBox(sanFrancisco, 50).longitude).not.toBeNull();
  });

  it('refuses a negative radius and an impossible centre', () => {
    expect(() => boundingBox(newYork, -1)).toThrow(RangeError);
    expect(() => boundingBox({ latitude: 91, longitude: 0 }, 10)).toThrow(RangeError);
  });
});
