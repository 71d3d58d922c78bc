import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tracked = () => execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
const textFiles = () => tracked().filter((f) => /\.(ts|tsx|md|graphql|yml|yaml|json|sh)$/.test(f) && f !== 'package-lock.json' && existsSync(join(ROOT, f)));

describe('the repository documents itself', () => {
  it('cites only its own docs (or the public rule), never a design file kept outside the repository', () => {
    const outside = textFiles().filter((f) => readFileSync(join(ROOT, f), 'utf8').includes('DESIGN' + '.md'));
    expect(outside).toEqual([]);
  });

  it('ships the licence its package.json names', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { license: string };
    expect(pkg.license).toBe('Apache-2.0');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toContain('Apache License\n                           Version 2.0, January 2004');
  });

  it('links from the README and docs/ only to files that exist', () => {
    const broken: string[] = [];
    for (const file of textFiles().filter((f) => f === 'README.md' || f.startsWith('docs/'))) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        if (!existsSync(resolve(dirname(join(ROOT, file)), target!))) broken.push(`${file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
