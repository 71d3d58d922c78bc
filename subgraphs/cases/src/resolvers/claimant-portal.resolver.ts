import { DEFAULT_PAGE, DateField, IntField, PageInput, Paginated, TextField } from '@imepanel/runtime';
import { LocalDate } from '@imepanel/runtime/scalars';
import { IsOptional, Matches } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { ExaminerProfile } from '../clients/examiners-client';
import { completeClaimantVerification, issueClaimantAccess, revokeClaimantAccess, startClaimantVerification, statusOf } from '../commands/claimant-access-commands';
import {
  acknowledgeNotice,
  answerClaimantRequest,
  claimantAccessParty,
  claimantCase,
  claimantPanel,
  claimantPanelChoice,
  fileComplaint,
  giveExamFeedback,
  makeClaimantRequest,
  myDataAccess,
  type ClaimantPanelData,
} from '../commands/claimant-portal-commands';
import type { CasesContext } from '../context';
import {
  Case,
  CaseEventType,
  CaseStatus,
  ClaimantAccess,
  ClaimantAccessStatus,
  ClaimantParty,
  ClaimantRequest,
  ClaimantRequestKind,
  ExamFormat,
  ImeReason,
  PanelProcedure,
} from '../entities';

/**
 * The claimant portal's API (docs/claimant-portal.md). Three groups, each with its own callers:
 * - CLAIMANT (a portal session bound to one case by its token): the claimant's view and rights; the case id is
 *   the token's, never an argument, so no other case can be named.
 * - SERVICE (the gateway's portal, before there is a session): the two verification steps.
 * - CLIENT (the case's organisation) and ADMIN: the case's links and the claimant's requests.
 * The view types below are the claimant's own: they hold what the portal shows and nothing else (no notes, no
 * names of staff, no other party's data).
 */

@ObjectType('ClaimantSpecialty')
class ClaimantSpecialtyView {
  @Field(() => String) name!: string;
  @Field(() => Boolean) boardCertified!: boolean;
  @Field(() => Boolean) primary!: boolean;
}

@ObjectType('ClaimantOffice')
class ClaimantOfficeView {
  @Field(() => String) city!: string;
  @Field(() => String) region!: string;
}

@ObjectType('ExaminerProfile', { description: "An examiner's professional profile: the panel directory's public data" })
export class ExaminerProfileView {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Int, { nullable: true }) yearsInPractice!: number | null;
  @Field(() => [String], { description: 'ISO 639-1 codes of the languages the examiner examines in' }) languages!: string[];
  @Field(() => Boolean, { description: 'Examines by video' }) telehealth!: boolean;
  @Field(() => [ClaimantSpecialtyView]) specialties!: ClaimantSpecialtyView[];
  @Field(() => [String], { description: 'Boards that certified the examiner (verified credentials)' }) boardCertifications!: string[];
  @Field(() => [ClaimantOfficeView]) offices!: ClaimantOfficeView[];
}

@ObjectType('ClaimantAppointment')
class ClaimantAppointmentView {
  @Field(() => Date) scheduledAt!: Date;
  @Field(() => String, { nullable: true, description: 'Local wall time where the exam is held' }) localStart!: string | null;
  @Field(() => String, { nullable: true }) timeZone!: string | null;
  @Field(() => Int) durationMinutes!: number;
  @Field(() => ExamFormat) format!: ExamFormat;
  @Field(() => String, { nullable: true, description: 'Address, or the video link' }) location!: string | null;
  @Field(() => Boolean) interpreterArranged!: boolean;
  @Field(() => String, { nullable: true }) interpreterLanguage!: string | null;
  @Field(() => Boolean, { description: 'The exam took place' }) held!: boolean;
}

@ObjectType('ClaimantNotice')
export class ClaimantNoticeView {
  @Field(() => Date) servedAt!: Date;
  @Field(() => String, { description: 'Purpose and nature of the exam, as served' }) purpose!: string;
  @Field(() => String, { description: 'The rights statement, as served' }) rightsStatement!: string;
  @Field(() => String) examinerName!: string;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
}

@ObjectType('ClaimantRights', { description: 'What the jurisdiction gives the claimant (docs/rules.md, "Claimant rights")' })
class ClaimantRightsView {
  @Field(() => Boolean) recordingAllowed!: boolean;
  @Field(() => Boolean) observerAllowed!: boolean;
  @Field(() => Boolean, { description: 'The claimant takes part in choosing the examiner from a panel' }) panelRequired!: boolean;
  @Field(() => Boolean, { description: 'The claimant receives a copy of the report' }) reportCopy!: boolean;
  @Field(() => Boolean, { description: 'The copy is due the same day as the others' }) sameDayReportCopy!: boolean;
}

@ObjectType('ClaimantStep')
class ClaimantStepView {
  @Field(() => CaseEventType) type!: CaseEventType;
  @Field(() => Date) at!: Date;
}

@ObjectType('ClaimantDeadline')
class ClaimantDeadlineView {
  @Field(() => String, { description: 'PANEL_CHOICE, PANEL_STRIKE or EXAM' }) kind!: string;
  @Field(() => LocalDate) on!: string;
}

@ObjectType('ClaimantCase', { description: "The claimant's own view of their case" })
class ClaimantCaseView {
  @Field(() => ID) caseId!: string;
  @Field(() => String) referenceNumber!: string;
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => ClaimantParty, { description: 'Who this session is: the claimant or the representative' }) party!: ClaimantParty;
  @Field(() => String, { nullable: true, description: "The person's first name (the representative's name), for the greeting" }) firstName!: string | null;
  @Field(() => String, { description: 'ISO 639-1: the language the portal starts in' }) language!: string;
  @Field(() => String) jurisdictionCode!: string;
  @Field(() => String) jurisdictionName!: string;
  @Field(() => [ImeReason]) reasons!: ImeReason[];
  @Field(() => [String]) bodyParts!: string[];
  @Field(() => ExamFormat) examFormat!: ExamFormat;
  @Field(() => ClaimantAppointmentView, { nullable: true }) appointment!: ClaimantAppointmentView | null;
  @Field(() => ClaimantNoticeView, { nullable: true }) notice!: ClaimantNoticeView | null;
  @Field(() => ExaminerProfileView, { nullable: true }) examiner!: ExaminerProfile | null;
  @Field(() => ClaimantRightsView) rights!: ClaimantRightsView;
  @Field(() => [ClaimantStepView]) timeline!: ClaimantStepView[];
  @Field(() => [ClaimantDeadlineView]) deadlines!: ClaimantDeadlineView[];
  @Field(() => [ClaimantRequest]) requests!: ClaimantRequest[];
  @Field(() => Boolean) feedbackGiven!: boolean;
}

@ObjectType('ClaimantPanelMember')
class ClaimantPanelMemberView {
  @Field(() => ID) examinerId!: string;
  @Field(() => Int) position!: number;
  @Field(() => Boolean) struck!: boolean;
  @Field(() => Boolean) struckByYourSide!: boolean;
  @Field(() => ExaminerProfileView, { nullable: true }) profile!: ExaminerProfile | null;
  @Field(() => Boolean, { description: 'This party may strike this examiner today' }) canStrike!: boolean;
  @Field(() => Boolean, { description: 'This party may choose this examiner today' }) canChoose!: boolean;
}

@ObjectType('ClaimantPanel')
class ClaimantPanelView {
  @Field(() => ID) panelId!: string;
  @Field(() => PanelProcedure) procedure!: PanelProcedure;
  @Field(() => LocalDate, { nullable: true }) choiceDueOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) strikeDueOn!: string | null;
  @Field(() => [ClaimantPanelMemberView]) members!: ClaimantPanelMemberView[];
}

@ObjectType('DataAccessEntry', { description: "One read of the claimant's personal data, from the audit log" })
class DataAccessEntryView {
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'ADMIN, CLIENT, EXAMINER, CLAIMANT …' }) role!: string;
  @Field(() => String, { nullable: true, description: "The client organisation's name, for a CLIENT" }) organisation!: string | null;
  @Field(() => String, { description: 'What was read, e.g. Case.claimant' }) operation!: string;
  @Field(() => String, { nullable: true, description: "The caller's name for the request (a console screen), if it gave one" }) operationName!: string | null;
}

@ObjectType('DataAccessPage')
class DataAccessPage extends Paginated(DataAccessEntryView) {}

@ObjectType('ClaimantVerificationSession')
class ClaimantVerificationSessionView {
  @Field(() => ID) accessId!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ClaimantParty) party!: ClaimantParty;
}

@ObjectType('ClaimantVerification', { description: 'The answer of a verification step of the claimant portal (never claimant data but a masked address)' })
class ClaimantVerificationView {
  @Field(() => Boolean) accepted!: boolean;
  @Field(() => String, { nullable: true, description: 'Why not: WRONG_DATE_OF_BIRTH, WRONG_CODE, ACCESS_LOCKED, ACCESS_REVOKED …' }) rule!: string | null;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => Int, { nullable: true }) attemptsLeft!: number | null;
  @Field(() => String, { nullable: true, description: 'Where the code was sent, masked' }) sentTo!: string | null;
  @Field(() => String) language!: string;
  @Field(() => ClaimantVerificationSessionView, { nullable: true }) session!: ClaimantVerificationSessionView | null;
}

@ObjectType('IssuedClaimantAccess', { description: 'A new portal link: the link is shown this once' })
class IssuedClaimantAccessView {
  @Field(() => ClaimantAccess) access!: ClaimantAccess;
  @Field(() => String, { description: 'Path on the gateway, /claimant/open/<token>' }) path!: string;
  @Field(() => String, { description: 'The whole link, as e-mailed' }) link!: string;
  @Field(() => String, { nullable: true, description: 'Where it was e-mailed (masked); null when not sent' }) sentTo!: string | null;
}

@InputType('ClaimantRequestInput')
class ClaimantRequestInput {
  @Field(() => ClaimantRequestKind) kind!: ClaimantRequestKind;
  @TextField(2000, { description: 'What you need, or why' }) details!: string;
  @Field(() => String, { nullable: true, description: 'INTERPRETER: the language (ISO 639-1)' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/i, { message: 'language must be a two-letter code, e.g. es' })
  language?: string | null;
}

@InputType('ExamFeedbackInput')
class ExamFeedbackInput {
  @IntField(1, 600, { description: 'How long the exam took, in minutes, as you experienced it' }) durationMinutes!: number;
  @Field(() => Boolean, { description: 'The examiner explained what would happen' }) explained!: boolean;
  @IntField(1, 5, { description: 'Courtesy, 1 (very poor) to 5 (very good)' }) courtesy!: number;
  @Field(() => Boolean, { description: 'Your privacy was respected' }) privacyRespected!: boolean;
}

@InputType('AnswerClaimantRequestInput')
class AnswerClaimantRequestInput {
  @Field(() => Boolean) granted!: boolean;
  @TextField(2000, { description: 'The answer the claimant reads: plain words' }) answer!: string;
}

@InputType('ClaimantDateOfBirthInput')
class ClaimantDateOfBirthInput {
  @TextField(100) token!: string;
  @DateField() dateOfBirth!: string;
}

@InputType('ClaimantCodeInput')
class ClaimantCodeInput {
  @TextField(100) token!: string;
  @TextField(20) code!: string;
}

const panelView = (data: ClaimantPanelData | null): ClaimantPanelView | null =>
  data && {
    panelId: data.panel.id,
    procedure: data.panel.procedure,
    choiceDueOn: data.panel.choiceDueOn,
    strikeDueOn: data.panel.strikeDueOn,
    members: data.members,
  };

@Resolver()
export class ClaimantPortalResolver {
  @Authorized('CLAIMANT')
  @Query(() => ClaimantCaseView, { description: 'The claimant portal: the case in plain terms, the notice, the examiner, the rights, the steps and deadlines' })
  async claimantCase(@Ctx() ctx: CasesContext): Promise<ClaimantCaseView> {
    const data = await claimantCase(ctx, ctx.audit);
    const { kase, rule, access } = data.session;
    const appointment = data.appointment;
    return {
      caseId: kase.id,
      referenceNumber: kase.referenceNumber,
      status: kase.status,
      party: access.party,
      firstName: data.firstName || null,
      language: data.language,
      jurisdictionCode: rule.code,
      jurisdictionName: rule.name,
      reasons: kase.reasons,
      bodyParts: kase.bodyParts,
      examFormat: kase.examFormat,
      appointment: appointment && {
        scheduledAt: appointment.scheduledAt,
        localStart: appointment.localStart,
        timeZone: appointment.timeZone,
        durationMinutes: appointment.durationMinutes,
        format: appointment.format,
        location: appointment.location,
        interpreterArranged: Boolean(appointment.interpreter?.confirmed),
        interpreterLanguage: appointment.interpreter?.language ?? null,
        held: appointment.status === 'COMPLETED' || ['EXAMINED', 'REPORTED', 'CLOSED'].includes(kase.status),
      },
      notice: data.notice && {
        servedAt: data.notice.servedAt,
        purpose: data.notice.purpose,
        rightsStatement: data.notice.rightsStatement,
        examinerName: data.notice.examinerName,
        acknowledgedAt: data.notice.acknowledgedAt,
      },
      examiner: data.examiner,
      rights: {
        recordingAllowed: rule.recordingAllowed,
        observerAllowed: rule.observerAllowed,
        panelRequired: rule.panelRequired,
        reportCopy: rule.reportRecipients.includes('CLAIMANT'),
        sameDayReportCopy: rule.reportSameDay,
      },
      timeline: data.timeline,
      deadlines: data.deadlines,
      requests: data.requests,
      feedbackGiven: data.feedbackGiven,
    };
  }

  @Authorized('CLAIMANT')
  @Mutation(() => ClaimantNoticeView, { description: 'The claimant acknowledges the notice; recorded with its time on the case timeline' })
  async acknowledgeNotice(@Ctx() ctx: CasesContext): Promise<ClaimantNoticeView> {
    const notice = await acknowledgeNotice(ctx);
    return { servedAt: notice.servedAt, purpose: notice.purpose, rightsStatement: notice.rightsStatement, examinerName: notice.examinerName, acknowledgedAt: notice.acknowledgedAt };
  }

  @Authorized('CLAIMANT')
  @Query(() => ClaimantPanelView, { nullable: true, description: 'The open panel, with each examiner’s profile and what you may do today under the panel rules; null when none is open' })
  async claimantPanel(@Ctx() ctx: CasesContext): Promise<ClaimantPanelView | null> {
    return panelView(await claimantPanel(ctx));
  }

  @Authorized('CLAIMANT')
  @Mutation(() => Boolean, { description: 'Strikes an examiner from the open panel, as your side (CA Labor Code §4062.2(c))' })
  async claimantStrikePanelMember(@Arg('examinerId', () => ID) examinerId: string, @Ctx() ctx: CasesContext): Promise<boolean> {
    await claimantPanelChoice(ctx, 'strike', examinerId);
    return true;
  }

  @Authorized('CLAIMANT')
  @Mutation(() => Boolean, { description: 'Chooses the examiner from the open panel, where the rules let you (CA Labor Code §4062.1(c), §4062.2(c))' })
  async claimantChoosePanelMember(@Arg('examinerId', () => ID) examinerId: string, @Ctx() ctx: CasesContext): Promise<boolean> {
    await claimantPanelChoice(ctx, 'choose', examinerId);
    return true;
  }

  @Authorized('CLAIMANT')
  @Mutation(() => ClaimantRequest, { description: 'Asks for an interpreter, an accommodation, an observer or a recording (where the rule allows) or a new date, with the reason' })
  makeClaimantRequest(@Arg('input', () => ClaimantRequestInput) input: ClaimantRequestInput, @Ctx() ctx: CasesContext) {
    if (input.kind === ClaimantRequestKind.COMPLAINT) return fileComplaint(ctx, input.details);
    return makeClaimantRequest(ctx, input);
  }

  @Authorized('CLAIMANT')
  @Mutation(() => Boolean, { description: 'Feedback on the exam, once, after it: a CLAIMANT_FEEDBACK reputation event that does not identify you' })
  giveExamFeedback(@Arg('input', () => ExamFeedbackInput) input: ExamFeedbackInput, @Ctx() ctx: CasesContext) {
    return giveExamFeedback(ctx, input);
  }

  @Authorized('CLAIMANT')
  @Mutation(() => ClaimantRequest, { description: 'A complaint about the exam, after it: answered by an administrator; a COMPLAINT reputation event that does not identify you' })
  fileComplaint(@Arg('details', () => String) details: string, @Ctx() ctx: CasesContext) {
    return fileComplaint(ctx, details.slice(0, 4000));
  }

  @Authorized('CLAIMANT')
  @Query(() => DataAccessPage, { description: 'Who read your personal data: organisation, role, when and what, newest first' })
  myDataAccess(@Ctx() ctx: CasesContext, @Arg('page', () => PageInput, { nullable: true }) page: PageInput = DEFAULT_PAGE) {
    return myDataAccess(ctx, page);
  }

  @Authorized('SERVICE')
  @Mutation(() => ClaimantVerificationView, { description: 'Portal step 1 (the gateway): the link and the date of birth; sends the one-time code. A wrong date counts towards the lock' })
  startClaimantVerification(@Arg('input', () => ClaimantDateOfBirthInput) input: ClaimantDateOfBirthInput, @Ctx() ctx: CasesContext) {
    return startClaimantVerification(ctx, ctx.jobs, input.token, input.dateOfBirth);
  }

  @Authorized('SERVICE')
  @Mutation(() => ClaimantVerificationView, { description: 'Portal step 2 (the gateway): the link and the one-time code; answers the session binding. A wrong code counts towards the lock' })
  completeClaimantVerification(@Arg('input', () => ClaimantCodeInput) input: ClaimantCodeInput, @Ctx() ctx: CasesContext) {
    return completeClaimantVerification(ctx, input.token, input.code);
  }

  @Authorized('SERVICE')
  @Query(() => ClaimantParty, { nullable: true, description: "Whom a claimant session's link is for while it still works; null once it does not (the reports subgraph asks)" })
  claimantAccessParty(@Arg('accessId', () => ID) accessId: string, @Arg('caseId', () => ID) caseId: string, @Ctx() ctx: CasesContext) {
    return claimantAccessParty(ctx, accessId, caseId);
  }

  @Authorized('CLIENT')
  @Mutation(() => IssuedClaimantAccessView, { description: "Issues (or reissues) the claimant's or the representative's portal link; earlier ones stop working. Shown once, e-mailed when sendByEmail" })
  issueClaimantAccess(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('party', () => ClaimantParty) party: ClaimantParty,
    @Ctx() ctx: CasesContext,
    @Arg('sendByEmail', () => Boolean, { defaultValue: true }) sendByEmail: boolean,
  ) {
    return issueClaimantAccess(ctx, ctx.jobs, caseId, party, sendByEmail);
  }

  @Authorized('CLIENT')
  @Mutation(() => ClaimantAccess, { description: 'Turns a portal link off now; its sessions end' })
  revokeClaimantAccess(@Arg('accessId', () => ID) accessId: string, @Ctx() ctx: CasesContext) {
    return revokeClaimantAccess(ctx, accessId);
  }

  @Authorized('CLIENT')
  @Mutation(() => ClaimantRequest, { description: "Answers a claimant's request (granted or declined, in words the claimant reads)" })
  answerClaimantRequest(@Arg('requestId', () => ID) requestId: string, @Arg('input', () => AnswerClaimantRequestInput) input: AnswerClaimantRequestInput, @Ctx() ctx: CasesContext) {
    return answerClaimantRequest(ctx, requestId, input.granted, input.answer);
  }
}

@Resolver(() => ClaimantAccess)
export class ClaimantAccessResolver {
  @Authorized('CLIENT')
  @FieldResolver(() => ClaimantAccessStatus, { nullable: true })
  status(@Root() access: ClaimantAccess, @Ctx() ctx: CasesContext) {
    return statusOf(access, ctx.clock.now());
  }
}

@Resolver(() => Case)
export class CaseClaimantPortalResolver {
  @Authorized('CLIENT')
  @FieldResolver(() => [ClaimantAccess], { nullable: true, description: 'The claimant portal links of the case, newest first (never the links themselves)' })
  claimantAccesses(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return ctx.em.find(ClaimantAccess, { case: kase.id }, { orderBy: { issuedAt: 'desc' } });
  }

  @Authorized('CLIENT')
  @FieldResolver(() => [ClaimantRequest], { nullable: true, description: "The claimant's requests and complaints made in the portal, newest first, with their answers" })
  claimantRequests(@Root() kase: Case, @Ctx() ctx: CasesContext) {
    return ctx.em.find(ClaimantRequest, { case: kase.id }, { orderBy: { createdAt: 'desc' } });
  }
}
