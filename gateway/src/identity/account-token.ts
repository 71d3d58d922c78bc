import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { UserAccount } from './user-account';

/**
 * What a single-use account link or challenge is for: setting the first password of an invited user, setting a
 * new one after "forgot password" or an administrator's "reset password", or the second step of a sign-in that
 * needs a TOTP code (docs/security.md, "Accounts and invitations").
 */
export const ACCOUNT_TOKEN_PURPOSES = ['INVITATION', 'PASSWORD_RESET', 'SIGN_IN'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * A single-use token sent to one person, stored only as its SHA-256 hash (256 random bits, so a fast hash is
 * enough, as for refresh tokens): whoever reads this table cannot use the links it records.
 */
@Entity({ tableName: 'account_token' })
@Index({ properties: ['user', 'purpose'] })
export class AccountToken {
  [OptionalProps]?: 'createdAt' | 'usedAt' | 'createdBy';

  @PrimaryKey({ type: 'string', length: 64 })
  hash!: string;

  @ManyToOne(() => UserAccount, { deleteRule: 'cascade' })
  user!: UserAccount;

  @Enum({ items: [...ACCOUNT_TOKEN_PURPOSES], type: 'string', length: 20 })
  purpose!: AccountTokenPurpose;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** Set when it was used, or when a newer token of the same purpose replaced it. */
  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;

  /** Who asked for it: an administrator's or manager's id, or null (the person themselves). */
  @Property({ type: 'string', length: 200, nullable: true })
  createdBy: string | null = null;
}
