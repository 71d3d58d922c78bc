import { ConfigError } from './env';

type Env = Record<string, string | undefined>;

/** True when the process runs as a production deployment (development defaults are refused there). */
export function isProduction(env: Env): boolean {
  return env.NODE_ENV === 'production';
}

/** Shortest secret accepted for an HMAC key: 256 bits of text, as RFC 7518 §3.2 asks of HS256 keys. */
export const MIN_SECRET_LENGTH = 32;

/**
 * A secret read from the environment. Outside production, a missing value falls back to `developmentDefault`
 * (a string that says it is one); with NODE_ENV=production the default is refused, and so is a value equal to
 * it, so a deployment cannot start on a secret that is published in this repository.
 */
export function secretSetting(env: Env, name: string, developmentDefault: string): string {
  const value = env[name]?.trim();
  if (isProduction(env)) {
    if (!value) throw new ConfigError(`${name} must be set when NODE_ENV=production (the development default is refused)`);
    if (value === developmentDefault) throw new ConfigError(`${name} is the published development default; set a real secret for production`);
  }
  const secret = value || developmentDefault;
  if (secret.length < MIN_SECRET_LENGTH) throw new ConfigError(`${name} must be at least ${MIN_SECRET_LENGTH} characters long`);
  return secret;
}
