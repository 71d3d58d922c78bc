import { describe, expect, it } from 'vitest';
import { EARTH_MEAN_RADIUS_KM, distanceKm, distanceMiles, isValidCoordinates } from './distance';

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
