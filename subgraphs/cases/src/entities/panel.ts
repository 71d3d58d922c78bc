import { Entity, Enum, Index, JsonType, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { IDENTIFIED_ROW_ROLES, calendarMonth, IdEntity } from '@imepanel/runtime';
import { LocalDate, enumValues } from '@imepanel/runtime/scalars';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Case } from './case';
import type { PanelCandidate } from '../domain/panel-draw';
import { CaseParty, PanelProcedure, PanelSelectionBasis, PanelStatus, PanelStrategy } from './enums';

/** An eligible examiner left out of a panel's pool, and why. */
@ObjectType('PanelExclusion')
export class PanelExclusion {
  @Field(() => ID)
  examinerId!: string;

  @Field(() => String)
  reason!: string;
}

/**
 * A panel of examiners drawn for a case. The strategy, seed, candidate pool and load cap are recorded so the
 * draw can be reproduced and audited afterwards (`auditPanelDraw`); the procedure and its deadlines say who may
 * strike and choose, and until when (docs/rules.md, "Panels").
 */
@ObjectType()
@Entity({ tableName: 'panel' })
@Index({ properties: ['case', 'proposedAt'] })
export class Panel extends IdEntity<'requireAvailability' | 'excludedFromPool' | 'status' | 'poolSize' | 'proposedAt' | 'procedure' | 'choiceDueOn' | 'strikeDueOn' | 'maxOpenCaseLoad' | 'selectionBasis' | 'selectionReason'> {
  @ManyToOne(() => Case, { ref: true, deleteRule: 'cascade' })
  case!: Ref<Case>;

  @Field(() => PanelStrategy)
  @Enum({ items: enumValues(PanelStrategy), type: 'string', length: 20 })
  strategy!: PanelStrategy;

  @Field(() => String, { description: 'Seed of the deterministic draw' })
  @Property({ type: 'string', length: 100 })
  seed!: string;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  size!: number;

  @Field(() => PanelStatus)
  @Enum({ items: enumValues(PanelStatus), type: 'string', length: 20 })
  status: PanelStatus = PanelStatus.OPEN;

  /**
   * The eligible pool the draw was made from (examiner ids with practice group, reputation and load; no claimant
   * data), exposed as `candidatePool` to the parties who may see the panel.
   */
  @Property({ type: JsonType })
  candidatePool: PanelCandidate[] = [];

  @Field(() => Boolean, { description: "Whether the draw required each member to have a free slot inside the jurisdiction's window" })
  @Property({ type: 'boolean', default: false })
  requireAvailability: boolean = false;

  /** The eligible examiners left out of the pool for want of a free slot, with the reason (requireAvailability). */
  @Field(() => [PanelExclusion], { description: 'Eligible examiners left out of the draw, and why (e.g. no free slot inside the window)' })
  @Property({ type: JsonType, default: '[]' })
  excludedFromPool: PanelExclusion[] = [];

  @Field(() => Int, { nullable: true, description: 'BALANCED: the open-case load above which candidates were skipped; null for RANDOM' })
  @Property({ type: 'smallint', nullable: true })
  maxOpenCaseLoad: number | null = null;

  @Field(() => PanelProcedure, { description: 'Who may strike and choose, fixed when the panel is proposed' })
  @Enum({ items: enumValues(PanelProcedure), type: 'string', length: 20, default: PanelProcedure.UNRESTRICTED })
  procedure: PanelProcedure = PanelProcedure.UNRESTRICTED;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => LocalDate, { nullable: true, description: 'CLAIMANT_CHOICE: the last day the claimant alone may choose; after it the client may (an exact date: not for ANALYST)' })
  @Property({ type: 'date', nullable: true })
  choiceDueOn: string | null = null;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => LocalDate, { nullable: true, description: 'PARTY_STRIKES: the last day a side may strike; a side that has not struck by then lets the other choose (an exact date: not for ANALYST)' })
  @Property({ type: 'date', nullable: true })
  strikeDueOn: string | null = null;

  @Field(() => Int, { description: 'Number of eligible examiners the draw was made from' })
  @Property({ type: 'integer' })
  poolSize: number = 0;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => Date, { nullable: true, description: 'An exact date: not for ANALYST, who reads proposedMonth' })
  @Property({ type: 'datetime' })
  proposedAt: Date = new Date();

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => String, { nullable: true, description: 'Who drew the panel (a name: not for ANALYST)' })
  @Property({ type: 'string', length: 200, nullable: true })
  proposedBy: string | null = null;

  @Field(() => CaseParty, { nullable: true, description: 'Who made the final selection; null when the rule made it (the examiner left once both sides struck)' })
  @Enum({ items: enumValues(CaseParty), type: 'string', length: 20, nullable: true })
  selectedBy: CaseParty | null = null;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => Date, { nullable: true, description: 'An exact date: not for ANALYST' })
  @Property({ type: 'datetime', nullable: true })
  selectedAt: Date | null = null;

  @Field(() => PanelSelectionBasis, { nullable: true, description: 'Why the selection was allowed (for example, the claimant did not choose in time)' })
  @Enum({ items: enumValues(PanelSelectionBasis), type: 'string', length: 30, nullable: true })
  selectionBasis: PanelSelectionBasis | null = null;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => String, { nullable: true, description: 'The selection basis in words, with the dates and the rule (free text with exact dates: not for ANALYST, who reads selectionBasis)' })
  @Property({ type: 'text', nullable: true })
  selectionReason: string | null = null;

  @Field(() => String, { nullable: true, description: 'Month the panel was drawn, e.g. 2026-11 (UTC): the de-identified form of proposedAt' })
  get proposedMonth(): string | null {
    return calendarMonth(this.proposedAt);
  }
}
