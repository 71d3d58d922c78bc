import { describe, expect, it } from 'vitest';
import { DEV_JWT_SECRET, DEV_SERVICE_JWT_SECRET, loadAuthConfig } from './auth-config';

const real = (c: string) => c.repeat(40);

describe('loadAuthConfig', () => {
  it('uses clearly marked development defaults outside production', () => {
    const config = loadAuthConfig({});
    expect(config.jwtSecret).toBe(DEV_JWT_SECRET);
    expect(config.serviceSecret).toBe(DEV_SERVICE_JWT_SECRET);
    expect(config.usesDevelopmentSecrets).toBe(true);
    expect(DEV_JWT_SECRET).toMatch(/DEV-ONLY/);
    expect(config).toMatchObject({ issuer: 'ime-panel', audience: 'ime-panel-api', jwksUrl: null });
  });

  it('refuses missing or development secrets when NODE_ENV=production', () => {
    expect(() => loadAuthConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set/);
    expect(() => loadAuthConfig({ NODE_ENV: 'production', JWT_SECRET: DEV_JWT_SECRET, SERVICE_JWT_SECRET: real('s') })).toThrow(/development default/);
    expect(() => loadAuthConfig({ NODE_ENV: 'production', JWT_SECRET: real('j') })).toThrow(/SERVICE_JWT_SECRET must be set/);
    expect(() => loadAuthConfig({ NODE_ENV: 'production', JWT_SECRET: real('j'), SERVICE_JWT_SECRET: DEV_SERVICE_JWT_SECRET })).toThrow(/development default/);
    const ok = loadAuthConfig({ NODE_ENV: 'production', JWT_SECRET: real('j'), SERVICE_JWT_SECRET: real('s') });
    expect(ok.usesDevelopmentSecrets).toBe(false);
  });

  it('accepts an https JWKS URL without a local secret in production, and refuses http', () => {
    const config = loadAuthConfig({ NODE_ENV: 'production', JWT_JWKS_URL: 'https://idp.example.org/.well-known/jwks.json', SERVICE_JWT_SECRET: real('s') });
    expect(config.jwtSecret).toBeNull();
    expect(() => loadAuthConfig({ NODE_ENV: 'production', JWT_JWKS_URL: 'http://idp.example.org/jwks', SERVICE_JWT_SECRET: real('s') })).toThrow(/https/);
  });

  it('refuses short secrets and a user secret equal to the service secret', () => {
    expect(() => loadAuthConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32/);
    expect(() => loadAuthConfig({ JWT_SECRET: real('x'), SERVICE_JWT_SECRET: real('x') })).toThrow(/must differ/);
  });
});
