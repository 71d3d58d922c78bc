import { describe, expect, it } from 'vitest';
import { DEFAULT_OWNER_ROLE, developmentRolePassword } from '@imepanel/runtime';
import { databaseRolePlan, developmentRoleEnv } from './database-roles';

const server = 'postgres://admin:secret@db.example.org:5432/imepanel';

describe('databaseRolePlan', () => {
  it('reads the owner from MIGRATION_DATABASE_URL and each service from its own URL', () => {
    const plan = databaseRolePlan({
      MIGRATION_DATABASE_URL: 'postgres://ime_owner:o-pass@db.example.org/imepanel',
      DATABASE_URL: 'postgres://ime_app:a-pass@db.example.org/imepanel',
      CASES_DATABASE_URL: 'postgres://ime_cases:c%40pass@db.example.org:5432/imepanel',
    });
    expect(plan.map((m) => [m.module, m.owner.role, m.service.role, m.service.password, m.auditTable])).toEqual([
      ['examiners', 'ime_owner', 'ime_app', 'a-pass', 'audit_entry'],
      ['cases', 'ime_owner', 'ime_cases', 'c@pass', 'audit_entry'],
      ['reports', 'ime_owner', 'ime_app', 'a-pass', 'audit_entry'],
      ['identity', 'ime_owner', 'ime_app', 'a-pass', null],
    ]);
  });

  it('defaults to the embedded roles with their development passwords', () => {
    const plan = databaseRolePlan({ EMBEDDED_PG_PORT: '55555' });
    expect(plan.map((m) => m.service.role)).toEqual(['imepanel_examiners', 'imepanel_cases', 'imepanel_reports', 'imepanel_identity']);
    expect(plan.every((m) => m.owner.role === DEFAULT_OWNER_ROLE && m.server === '127.0.0.1:55555' && m.database === 'imepanel')).toBe(true);
    expect(plan[0].owner.password).toBe(developmentRolePassword(DEFAULT_OWNER_ROLE));
    expect(developmentRolePassword('imepanel_cases')).toMatch(/^dev-only-/);
  });

  it('refuses a service running as the owner: a single DATABASE_URL has nothing to provision', () => {
    expect(() => databaseRolePlan({ DATABASE_URL: server })).toThrow(/would run as admin, which owns the schemas/);
    expect(() => databaseRolePlan({ MIGRATION_DATABASE_URL: server, DATABASE_URL: server })).toThrow(/owns the schemas/);
  });

  it('refuses owner and service URLs that name different databases', () => {
    expect(() => databaseRolePlan({ MIGRATION_DATABASE_URL: server, DATABASE_URL: 'postgres://app:x@db.example.org:5432/other' })).toThrow(/different databases/);
  });

  it('refuses the development passwords when NODE_ENV=production', () => {
    expect(() => databaseRolePlan({ NODE_ENV: 'production' })).toThrow(/published development default/);
    const development = developmentRoleEnv(server);
    expect(() => databaseRolePlan({ NODE_ENV: 'production', ...development })).toThrow(/imepanel_owner is the published development default/);
    const real = { ...development, MIGRATION_DATABASE_URL: 'postgres://imepanel_owner:a-real-secret@db.example.org:5432/imepanel' };
    expect(() => databaseRolePlan({ NODE_ENV: 'production', ...real })).toThrow(/imepanel_examiners is the published/);
  });
});
