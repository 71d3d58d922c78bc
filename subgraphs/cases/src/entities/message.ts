import { ArrayType, Entity, Enum, Index, Property } from '@mikro-orm/core';
import { IdEntity, TextColumn } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { MessageStatus } from './webhook-enums';

/**
 * The message outbox (docs/messaging.md, "E-mail"): every e-mail the platform sent or, without SMTP_URL, keeps
 * for administrators to read. The id is the message id the sender got (`sendEmail`), so a job run twice is one row.
 */
@ObjectType('Message', { description: 'An e-mail of the platform: sent through SMTP, or kept here when no SMTP server is configured' })
@Entity({ tableName: 'message' })
@Index({ properties: ['createdAt'] })
export class Message extends IdEntity<'status' | 'attempts' | 'lastError' | 'smtpMessageId' | 'sentAt' | 'createdAt' | 'relatedType' | 'relatedId' | 'attachmentNames'> {
  @TextColumn({ length: 320 })
  recipient!: string;

  @TextColumn({ length: 5 })
  language!: string;

  @TextColumn({ length: 40, description: 'The template (INVITATION, CLAIMANT_NOTICE, CREDENTIAL_EXPIRING, …)' })
  template!: string;

  @TextColumn({ length: 500 })
  subject!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  html!: string;

  @Field(() => [String])
  @Property({ type: ArrayType })
  attachmentNames: string[] = [];

  @TextColumn({ length: 60, nullable: true })
  relatedType: string | null = null;

  @TextColumn({ length: 60, nullable: true })
  relatedId: string | null = null;

  @Field(() => MessageStatus)
  @Enum({ items: enumValues(MessageStatus), type: 'string', length: 20 })
  status: MessageStatus = MessageStatus.STORED;

  @Field(() => Int)
  @Property({ type: 'integer' })
  attempts: number = 0;

  @TextColumn({ length: 500, nullable: true })
  lastError: string | null = null;

  @TextColumn({ length: 500, nullable: true })
  smtpMessageId: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;
}
