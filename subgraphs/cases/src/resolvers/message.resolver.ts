import { DEFAULT_PAGE, PageInput, Paginated } from '@imepanel/runtime';
import { Arg, Authorized, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { CasesContext } from '../context';
import { Message } from '../entities';
import { findDeadLetters, findMessages } from '../queries/webhook-query';

@ObjectType('MessagePage')
export class MessagePage extends Paginated(Message) {}

@InputType('MessageFilter')
export class MessageFilter {
  @Field(() => String, { nullable: true, description: 'The recipient address, exactly' })
  @IsOptional()
  recipient?: string;

  @Field(() => String, { nullable: true, description: 'The template (INVITATION, CLAIMANT_NOTICE, …)' })
  @IsOptional()
  template?: string;
}

@ObjectType('DeadLetter', { description: 'A job whose retries are spent (docs/messaging.md, "Jobs")' })
export class DeadLetter {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  createdOn!: Date;

  @Field(() => String, { nullable: true, description: 'The queue it failed on: webhook-delivery, email, outbox-events' })
  queue!: string | null;

  @Field(() => String, { description: "The job's data, as JSON" })
  dataJson!: string;

  @Field(() => String, { nullable: true, description: "The last error's message" })
  error!: string | null;
}

@ObjectType('DeadLetterPage')
export class DeadLetterPage extends Paginated(DeadLetter) {}

/** The message outbox and the dead letters, for administrators (docs/messaging.md). */
@Resolver(() => Message)
export class MessageResolver {
  @Authorized('ADMIN')
  @Query(() => MessagePage, { description: 'The e-mail the platform sent, or keeps when no SMTP server is configured; newest first' })
  messages(
    @Ctx() ctx: CasesContext,
    @Arg('filter', () => MessageFilter, { nullable: true }) filter?: MessageFilter,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE,
  ) {
    return findMessages(ctx, filter, page);
  }

  @Authorized('ADMIN')
  @Query(() => DeadLetterPage, { description: "The job runner's dead letters, newest first" })
  async deadLetters(@Ctx() ctx: CasesContext, @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE) {
    const found = await findDeadLetters(ctx, page);
    return { ...found, items: found.items.map((d) => ({ ...d, dataJson: JSON.stringify(d.data) })) };
  }
}
