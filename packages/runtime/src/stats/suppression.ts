import type { Actor } from '../graphql/context';

/**
 * Statistics never expose an individual (docs/rules.md, claimant right 5; docs/security.md): a group counting fewer than k cases or
 * reports is suppressed for everyone but the roles that may see individual records anyway.
 */
export const DEFAULT_MIN_GROUP_SIZE = 5;

/** Roles that see unsuppressed statistics: administrators, and services calling each other. */
const UNSUPPRESSED_ROLES: ReadonlySet<string> = new Set(['ADMIN', 'SERVICE']);

/**
 * The one place that decides whether small-group suppression applies to a caller: to everyone except ADMIN
 * and SERVICE — including an unauthenticated caller (no actor), so the default is the safe one.
 */
export function statsSuppressionApplies(actor: Pick<Actor, 'role'> | null | undefined): boolean {
  return !(actor && UNSUPPRESSED_ROLES.has(actor.role));
}

/** What suppression needs to know about a group of a statistics result. */
export interface CountedGroup {
  count: number | null;
  suppressed: boolean;
}

/**
 * Suppresses the groups counting fewer than `k` (primary suppression). When exactly one group would be
 * hidden, the smallest remaining group is hidden with it (complementary suppression): otherwise the overall
 * count minus the visible groups would reveal the hidden one. Answers new objects, the input is untouched;
 * `blank` clears the measures of a suppressed group (its count included).
 */
export function suppressSmallGroups<G extends CountedGroup>(groups: readonly G[], k: number, blank: (group: G) => G): G[] {
  const hidden = new Set<number>();
  groups.forEach((group, index) => {
    if ((group.count ?? 0) < k) hidden.add(index);
  });
  if (hidden.size === 1 && groups.length > 1) {
    let smallest = -1;
    groups.forEach((group, index) => {
      if (hidden.has(index)) return;
      if (smallest === -1 || (group.count ?? 0) < (groups[smallest].count ?? 0)) smallest = index;
    });
    if (smallest !== -1) hidden.add(smallest);
  }
  return groups.map((group, index) => (hidden.has(index) ? { ...blank(group), count: null, suppressed: true } : { ...group, suppressed: false }));
}
