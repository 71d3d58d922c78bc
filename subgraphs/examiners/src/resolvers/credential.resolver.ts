import { DEFAULT_PAGE, FieldErrors, PageInput, Paginated, SortDirection, defineEnum, today } from '@imepanel/runtime';
import { LocalDate } from '@imepanel/runtime/scalars';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { addCredential, removeCredential, renewCredential, setVerification, updateCredential } from '../commands/credential-commands';
import type { ExaminersContext } from '../context';
import { CREDENTIAL_EXPIRY_STATES, credentialExpiryState } from '../domain/credential-expiry';
import { lapseImpact } from '../domain/credential-lapse';
import type { EligibilityCredential } from '../domain/eligibility';
import { Credential, Examiner } from '../entities';
import { AddCredentialInput, CredentialFilter, CredentialSort, RenewCredentialInput, UpdateCredentialInput } from '../inputs/credential.inputs';
import { findCredentials } from '../queries/credential-query';

export const CredentialExpiryState = defineEnum('CredentialExpiryState', CREDENTIAL_EXPIRY_STATES, {
  description: 'EXPIRING means within 60 days from today',
});

function checkedDays(withinDays: number, filter: Partial<CredentialFilter>): CredentialFilter {
  if (withinDays < 0 || withinDays > 3650) new FieldErrors().add('withinDays', 'withinDays must be between 0 and 3650').throwIfAny();
  return Object.assign(new CredentialFilter(), filter);
}

@ObjectType('CredentialPage')
export class CredentialPage extends Paginated(Credential) {}

@ObjectType('CredentialLapseImpact', { description: "What the credential's lapse does to its examiner's eligibility (docs/rules.md, \"Credential terms\")" })
export class CredentialLapseImpact {
  @Field(() => LocalDate, { nullable: true, description: 'The first day it no longer counts; null when it does not expire' })
  lapsesOn!: string | null;

  @Field(() => [String], { description: 'Jurisdictions where the examiner stops being eligible then, because no other term or credential covers them' })
  jurisdictions!: string[];
}

const asEligibility = (c: Credential): EligibilityCredential => ({
  kind: c.kind,
  jurisdiction: c.jurisdiction,
  status: c.verificationStatus,
  issuedOn: c.issuedOn,
  expiresOn: c.expiresOn,
  number: c.number,
});

@Resolver(() => Credential)
export class CredentialResolver {
  @Authorized()
  @Query(() => Credential, { nullable: true })
  credential(@Arg('id', () => ID) id: string, @Ctx() ctx: ExaminersContext) {
    return ctx.em.findOne(Credential, { id });
  }

  @Authorized()
  @Query(() => CredentialPage, { description: 'Credentials across the panel (e.g. all expiring within 60 days)' })
  credentials(
    @Ctx() ctx: ExaminersContext,
    @Arg('filter', () => CredentialFilter, { nullable: true }) filter?: CredentialFilter,
    @Arg('sort', () => CredentialSort, { nullable: true }) sort?: CredentialSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return findCredentials(ctx, filter, sort, page ?? DEFAULT_PAGE);
  }

  @Authorized()
  @Query(() => CredentialPage, { description: 'Credentials expired or expiring within the given days, soonest first' })
  expiringCredentials(
    @Arg('withinDays', () => Int) withinDays: number,
    @Ctx() ctx: ExaminersContext,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return findCredentials(ctx, checkedDays(withinDays, { expiringWithinDays: withinDays, current: true }), undefined, page ?? DEFAULT_PAGE);
  }

  @Authorized()
  @Query(() => CredentialPage, { description: 'Credentials whose re-verification is overdue or due within the given days' })
  credentialsDueForVerification(
    @Arg('withinDays', () => Int) withinDays: number,
    @Ctx() ctx: ExaminersContext,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const filter = checkedDays(withinDays, { verificationDueWithinDays: withinDays, current: true });
    return findCredentials(ctx, filter, { field: CredentialSort.fields.NEXT_VERIFICATION_DUE, direction: SortDirection.ASC }, page ?? DEFAULT_PAGE);
  }

  @Authorized('ADMIN')
  @Mutation(() => Credential, { description: 'Records a credential as UNVERIFIED' })
  addCredential(
    @Arg('examinerId', () => ID) examinerId: string,
    @Arg('input', () => AddCredentialInput) input: AddCredentialInput,
    @Ctx() ctx: ExaminersContext,
  ) {
    return addCredential(ctx, examinerId, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Credential)
  updateCredential(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateCredentialInput) input: UpdateCredentialInput,
    @Ctx() ctx: ExaminersContext,
  ) {
    return updateCredential(ctx, id, version, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Credential, {
    description: 'Records a renewal as a new, UNVERIFIED term; the previous term is kept, unchanged, as superseded by it. Answers the new term',
  })
  renewCredential(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => RenewCredentialInput) input: RenewCredentialInput,
    @Ctx() ctx: ExaminersContext,
  ) {
    return renewCredential(ctx, id, version, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Credential, { description: 'Marks the credential verified by the caller, now, and schedules re-verification' })
  verifyCredential(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: ExaminersContext,
    @Arg('note', () => String, { nullable: true }) note?: string,
    @Arg('evidenceDocumentId', () => ID, { nullable: true, description: 'The evidence document (Credential.evidence) it was verified against' }) evidenceDocumentId?: string,
  ) {
    return setVerification(ctx, id, version, 'VERIFIED', note, evidenceDocumentId);
  }

  @Authorized('ADMIN')
  @Mutation(() => Credential, { description: 'Marks the credential rejected; a note saying why is required' })
  rejectCredential(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('note', () => String) note: string,
    @Ctx() ctx: ExaminersContext,
    @Arg('evidenceDocumentId', () => ID, { nullable: true, description: 'The evidence document it was checked against' }) evidenceDocumentId?: string,
  ) {
    return setVerification(ctx, id, version, 'REJECTED', note, evidenceDocumentId);
  }

  @Authorized('ADMIN')
  @Mutation(() => ID, { description: 'Deletes a credential recorded in error; answers its id' })
  removeCredential(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: ExaminersContext) {
    return removeCredential(ctx, id, version);
  }

  @Authorized()
  @FieldResolver(() => Examiner)
  examiner(@Root() credential: Credential, @Ctx() ctx: ExaminersContext) {
    return ctx.loaders.examinerById.load(credential.examiner.id);
  }

  @Authorized()
  @FieldResolver(() => CredentialExpiryState)
  expiryState(@Root() credential: Credential, @Ctx() ctx: ExaminersContext) {
    return credentialExpiryState(credential.expiresOn, today(ctx.clock));
  }

  @Authorized()
  @FieldResolver(() => Boolean, { description: 'No renewal has replaced this term' })
  current(@Root() credential: Credential) {
    return credential.supersededBy === null;
  }

  @Authorized()
  @FieldResolver(() => Credential, { nullable: true, description: 'The renewal that replaced this term' })
  supersededBy(@Root() credential: Credential, @Ctx() ctx: ExaminersContext) {
    return credential.supersededBy ? ctx.em.findOne(Credential, { id: credential.supersededBy.id }) : null;
  }

  @Authorized()
  @FieldResolver(() => [Credential], { description: 'The terms this one renewed, latest first' })
  async previousTerms(@Root() credential: Credential, @Ctx() ctx: ExaminersContext) {
    const terms: Credential[] = [];
    let current: Credential | null = credential;
    while (current && terms.length < 100) {
      current = await ctx.em.findOne(Credential, { supersededBy: current.id });
      if (current) terms.push(current);
    }
    return terms;
  }

  @Authorized()
  @FieldResolver(() => CredentialLapseImpact, { description: "Where the examiner stops being eligible when this credential lapses, given their other credentials" })
  async lapseImpact(@Root() credential: Credential, @Ctx() ctx: ExaminersContext): Promise<CredentialLapseImpact> {
    const all = await ctx.loaders.credentialsByExaminer.load(credential.examiner.id);
    const others = all.filter((c) => c.id !== credential.id);
    const practised = all.filter((c) => c.kind === 'MEDICAL_LICENSE' && c.supersededBy === null && c.jurisdiction).map((c) => c.jurisdiction!);
    return lapseImpact(asEligibility(credential), others.map(asEligibility), practised);
  }
}
