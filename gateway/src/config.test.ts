import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from './config';

const secrets = { JWT_SECRET: 'j'.repeat(40), SERVICE_JWT_SECRET: 's'.repeat(40), PARTY_KEY_SECRET: 'p'.repeat(40) };

describe('loadGatewayConfig', () => {
  it('turns introspection, the landing page and development CORS origins off in production', () => {
    const dev = loadGatewayConfig({});
    expect(dev).toMatchObject({ introspection: true, landingPage: true, localLogin: true });
    expect(dev.corsOrigins).toContain('http://localhost:5173');
    const prod = loadGatewayConfig({ NODE_ENV: 'production', ...secrets });
    expect(prod).toMatchObject({ introspection: false, landingPage: false, corsOrigins: [] });
  });

  it('refuses to start in production on development secrets', () => {
    expect(() => loadGatewayConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it('reads exact CORS origins and refuses wildcards', () => {
    expect(loadGatewayConfig({ CORS_ORIGINS: 'https://admin.example.org, https://claims.example.com:8443' }).corsOrigins).toEqual([
      'https://admin.example.org',
      'https://claims.example.com:8443',
    ]);
    expect(() => loadGatewayConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadGatewayConfig({ CORS_ORIGINS: 'https://a.example.org/path' })).toThrow(/exact origins/);
  });

  it('has no local login when only an external identity provider is trusted', () => {
    expect(loadGatewayConfig({ JWT_JWKS_URL: 'https://idp.example.org/jwks.json' }).localLogin).toBe(false);
  });

  it('serves /metrics openly in development, only with METRICS_TOKEN in production, and refuses a short token', () => {
    expect(loadGatewayConfig({}).metricsAccess).toEqual({ token: null, served: true });
    expect(loadGatewayConfig({ NODE_ENV: 'production', ...secrets }).metricsAccess).toEqual({ token: null, served: false });
    const token = 'm'.repeat(40);
    expect(loadGatewayConfig({ NODE_ENV: 'production', ...secrets, METRICS_TOKEN: token }).metricsAccess).toEqual({ token, served: true });
    expect(() => loadGatewayConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 32 characters/);
  });

  it('reads the account settings: 72-hour invitations, one-hour resets, TOTP required of administrators in production', () => {
    const dev = loadGatewayConfig({});
    expect(dev.accounts).toMatchObject({ invitationValiditySeconds: 72 * 3600, passwordResetValiditySeconds: 3600, consoleUrl: null, logLinks: true, totpRequiredRoles: [] });
    const prod = loadGatewayConfig({ NODE_ENV: 'production', ...secrets, CONSOLE_URL: 'https://panel.example.org/admin' });
    expect(prod.accounts).toMatchObject({ consoleUrl: 'https://panel.example.org/admin/', logLinks: false, totpRequiredRoles: ['ADMIN'] });
    expect(loadGatewayConfig({ INVITATION_VALIDITY_HOURS: '24', TOTP_REQUIRED_ROLES: 'ADMIN,CLIENT' }).accounts).toMatchObject({
      invitationValiditySeconds: 24 * 3600,
      totpRequiredRoles: ['ADMIN', 'CLIENT'],
    });
    expect(() => loadGatewayConfig({ TOTP_REQUIRED_ROLES: 'ROOT' })).toThrow(/TOTP_REQUIRED_ROLES/);
    expect(() => loadGatewayConfig({ CONSOLE_URL: 'not a url' })).toThrow(/CONSOLE_URL/);
    expect(() => loadGatewayConfig({ TOTP_ENCRYPTION_KEY: 'short' })).toThrow(/TOTP_ENCRYPTION_KEY/);
    expect(() => loadGatewayConfig({ INVITATION_VALIDITY_HOURS: '0' })).toThrow(/INVITATION_VALIDITY_HOURS/);
  });
});
