/**
 * npm run token -- --role ADMIN [--client <clientId>] [--examiner <examinerId>] [--name <name>] [--sub <id>] [--ttl <seconds>]
 *
 * Prints a bearer token for scripts and curl, signed with JWT_SECRET like the embedded login's, to stdout (so
 * `TOKEN=$(npm run -s token -- --role ANALYST)` works); its expiry goes to stderr. A CLIENT token needs
 * --client, an EXAMINER token --examiner. With NODE_ENV=production it needs a real JWT_SECRET. It lives
 * JWT_TTL_SECONDS (5 minutes) unless --ttl says otherwise (at most 7 days). It belongs to no session: it is
 * refused early only if its --sub is a user whose sessions are ended (docs/security.md, "Sessions and tokens").
 */
import { parseArgs } from 'node:util';
import { issueToken, isUserRole, loadAuthConfig, USER_ROLES } from '@imepanel/runtime';

export function parseTokenArguments(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      role: { type: 'string' },
      client: { type: 'string' },
      examiner: { type: 'string' },
      name: { type: 'string' },
      sub: { type: 'string' },
      ttl: { type: 'string' },
    },
    strict: true,
  });
  if (!isUserRole(values.role)) throw new Error(`--role must be one of ${USER_ROLES.join(', ')}`);
  const ttlSeconds = values.ttl === undefined ? undefined : Number(values.ttl);
  if (ttlSeconds !== undefined && !(Number.isInteger(ttlSeconds) && ttlSeconds > 0)) throw new Error('--ttl must be a number of seconds');
  const role = values.role;
  return {
    claims: {
      sub: values.sub ?? `script-${role.toLowerCase()}`,
      name: values.name ?? `Script (${role.toLowerCase()})`,
      role,
      clientId: values.client ?? null,
      examinerId: values.examiner ?? null,
    },
    ttlSeconds,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { claims, ttlSeconds } = parseTokenArguments(process.argv.slice(2));
    const { token, expiresAt } = await issueToken(loadAuthConfig(process.env), claims, { ttlSeconds });
    process.stdout.write(`${token}\n`);
    process.stderr.write(`${claims.role} token for ${claims.sub}, valid until ${expiresAt.toISOString()}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: npm run token -- --role <${USER_ROLES.join('|')}> [--client <id>] [--examiner <id>] [--name <name>] [--sub <id>] [--ttl <seconds>]\n`);
    process.exit(2);
  }
}
