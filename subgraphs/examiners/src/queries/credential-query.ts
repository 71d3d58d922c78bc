import { findPage, isGiven, sqlCondition, today, type Page, type PageInput } from '@imepanel/runtime';
import type { ExaminersCommandContext } from '../context';
import { Credential } from '../entities';
import { CredentialSort, type CredentialFilter } from '../inputs/credential.inputs';

/**
 * Credentials across the panel, e.g. everything expiring within 60 days, soonest first. "Within N days" is
 * counted from the clock's today, as each credential's expiryState is. `current` keeps to terms no renewal has
 * replaced, as the worklists do (docs/rules.md, "Credential terms").
 */
export function findCredentials(
  ctx: ExaminersCommandContext,
  filter: CredentialFilter | undefined,
  sort: CredentialSort | undefined,
  page: PageInput,
): Promise<Page<Credential>> {
  const day = today(ctx.clock);
  return findPage(ctx.em, Credential, {
    alias: 'c',
    where: [
      filter?.examinerId && { examiner: filter.examinerId },
      filter?.kind?.length && { kind: { $in: filter.kind } },
      filter?.jurisdiction && { jurisdiction: filter.jurisdiction },
      filter?.verificationStatus?.length && { verificationStatus: { $in: filter.verificationStatus } },
      isGiven(filter?.expiringWithinDays) &&
        sqlCondition('c.expires_on is not null and c.expires_on <= ?::date + ?::int', [day, filter.expiringWithinDays]),
      isGiven(filter?.current) && { supersededBy: filter.current ? null : { $ne: null } },
      isGiven(filter?.verificationDueWithinDays) &&
        sqlCondition('c.next_verification_due is not null and c.next_verification_due <= ?::date + ?::int', [day, filter.verificationDueWithinDays]),
    ],
    order: CredentialSort.order(sort),
    page,
  });
}
