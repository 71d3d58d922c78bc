import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { MESSAGE_LANGUAGES, USER_ROLES, type MessageLanguage, type UserRole } from '@imepanel/runtime';

/**
 * A person who logs in to the embedded default (POST /auth/login). Deployments with an external identity
 * provider (JWT_JWKS_URL) do not use this table. The password is kept only as a scrypt hash.
 */
@Entity({ tableName: 'user_account' })
// A CLIENT is bound to a client and an EXAMINER to an examiner; nobody else to either.
@Check({ name: 'user_account_binding_check', expression: `(role = 'CLIENT') = (client_id is not null) and (role = 'EXAMINER') = (examiner_id is not null)` })
// Only a CLIENT user manages an organisation (its client's accounts).
@Check({ name: 'user_account_manager_check', expression: `not manager or role = 'CLIENT'` })
export class UserAccount {
  [OptionalProps]?:
    | 'id'
    | 'active'
    | 'createdAt'
    | 'updatedAt'
    | 'lastLoginAt'
    | 'clientId'
    | 'examinerId'
    | 'tokensNotBefore'
    | 'manager'
    | 'language'
    | 'externalSubject'
    | 'totpSecret'
    | 'totpEnabledAt'
    | 'totpLastTimeStep';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Lower-cased; the login name. */
  @Property({ type: 'string', length: 200, unique: true })
  email!: string;

  @Property({ type: 'string', length: 200 })
  displayName!: string;

  /** `scrypt$N$r$p$salt$hash` (see passwords.ts); empty until an invited user sets a password (account-tokens.ts). */
  @Property({ type: 'string', length: 300 })
  passwordHash!: string;

  @Enum({ items: [...USER_ROLES], type: 'string', length: 20 })
  role!: UserRole;

  /** For CLIENT users: the client organisation (cases subgraph) they act for. */
  @Property({ type: 'uuid', nullable: true })
  clientId: string | null = null;

  /** For EXAMINER users: the examiner (examiners subgraph) they are. */
  @Property({ type: 'uuid', nullable: true })
  examinerId: string | null = null;

  /**
   * A CLIENT user who manages their organisation's accounts: lists, invites and disables colleagues of the same
   * client, and nobody else (account-rules.ts, docs/security.md "Accounts and invitations").
   */
  @Property({ type: 'boolean', default: false })
  manager: boolean = false;

  /**
   * The language of the e-mails this person gets (invitations, password resets: docs/messaging.md, "E-mail"):
   * one of the languages the templates are written in.
   */
  @Enum({ items: [...MESSAGE_LANGUAGES], type: 'string', length: 5, default: 'en' })
  language: MessageLanguage = 'en';

  /** The `sub` of this person at an external identity provider (JWT_JWKS_URL), once linked (external-accounts.ts). */
  @Property({ type: 'string', length: 300, nullable: true, unique: true })
  externalSubject: string | null = null;

  /** The TOTP secret, encrypted (totp.ts); set at enrolment, in use once `totpEnabledAt` is set. */
  @Property({ type: 'text', nullable: true })
  totpSecret: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  totpEnabledAt: Date | null = null;

  /** The last TOTP time step accepted: a code of this step or an earlier one is a replay (RFC 6238 §5.2). */
  @Property({ type: 'integer', nullable: true })
  totpLastTimeStep: number | null = null;

  /** Disabled accounts cannot log in, and disabling one ends its sessions (users.ts). */
  @Property({ type: 'boolean' })
  active: boolean = true;

  /**
   * Access tokens of this user issued before this instant are refused (the account was disabled or changed,
   * or an administrator ended its sessions): see docs/security.md, "Sessions and tokens".
   */
  @Property({ type: 'datetime', nullable: true })
  tokensNotBefore: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
