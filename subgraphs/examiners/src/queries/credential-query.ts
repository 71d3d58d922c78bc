import { listOrder, SortDirection, toPage, type Page, type PageInput } from '@imepanel/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Credential } from '../entities';
import { CredentialSortField, type CredentialFilter, type CredentialSort } from '../inputs/credential.inputs';

const SORT_COLUMNS: Record<CredentialSortField, string> = {
  [CredentialSortField.EXPIRES_ON]: 'expiresOn',
  [CredentialSortField.NEXT_VERIFICATION_DUE]: 'nextVerificationDue',
  [CredentialSortField.CREATED_AT]: 'createdAt',
  [CredentialSortField.KIND]: 'kind',
};

/** Credentials across the panel, e.g. everything expiring within 60 days, soonest first. */
export async function findCredentials(
  em: EntityManager,
  filter: CredentialFilter | undefined,
  sort: CredentialSort | undefined,
  page: PageInput,
): Promise<Page<Credential>> {
  const qb = em.createQueryBuilder(Credential, 'c');
  if (filter?.examinerId) qb.andWhere({ examiner: filter.examinerId });
  if (filter?.kind?.length) qb.andWhere({ kind: { $in: filter.kind } });
  if (filter?.jurisdiction) qb.andWhere({ jurisdiction: filter.jurisdiction });
  if (filter?.verificationStatus?.length) qb.andWhere({ verificationStatus: { $in: filter.verificationStatus } });
  if (filter?.expiringWithinDays !== undefined && filter.expiringWithinDays !== null) {
    qb.andWhere('c.expires_on is not null and c.expires_on <= current_date + ?::int', [filter.expiringWithinDays]);
  }
  if (filter?.verificationDueWithinDays !== undefined && filter.verificationDueWithinDays !== null) {
    qb.andWhere('c.next_verification_due is not null and c.next_verification_due <= current_date + ?::int', [
      filter.verificationDueWithinDays,
    ]);
  }
  qb.orderBy(listOrder(em, Credential, [SORT_COLUMNS[sort?.field ?? CredentialSortField.EXPIRES_ON]], sort?.direction ?? SortDirection.ASC))
    .limit(page.limit)
    .offset(page.offset);
  const [items, total] = await qb.getResultAndCount();
  return toPage(items, total, page);
}
