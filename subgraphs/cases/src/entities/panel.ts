import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, JsonType, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { LocalDate, enumValues } from '@imepanel/runtime/scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Case } from './case';
import type { PanelCandidate } from '../domain/panel-draw';
import { CaseParty, PanelProcedure, PanelSelectionBasis, PanelStatus, PanelStrategy } from './enums';

/**
 * A panel of examiners drawn for a case. The strategy, seed, candidate pool and load cap are recorded so the
 * draw can be reproduced and audited afterwards (`auditPanelDraw`); the procedure and its deadlines say who may
 * strike and choose, and until when (docs/rules.md, "Panels").
 */
@ObjectType()
@Entity({ tableName: 'panel' })
@Index({ properties: ['case', 'proposedAt'] })
export class Panel {
  [OptionalProps]?: 'id' | 'status' | 'poolSize' | 'proposedAt' | 'procedure' | 'choiceDueOn' | 'strikeDueOn' | 'maxOpenCaseLoad' | 'selectionBasis' | 'selectionReason';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

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

  @Field(() => Int, { nullable: true, description: 'BALANCED: the open-case load above which candidates were skipped; null for RANDOM' })
  @Property({ type: 'smallint', nullable: true })
  maxOpenCaseLoad: number | null = null;

  @Field(() => PanelProcedure, { description: 'Who may strike and choose, fixed when the panel is proposed' })
  @Enum({ items: enumValues(PanelProcedure), type: 'string', length: 20, default: PanelProcedure.UNRESTRICTED })
  procedure: PanelProcedure = PanelProcedure.UNRESTRICTED;

  @Field(() => LocalDate, { nullable: true, description: 'CLAIMANT_CHOICE: the last day the claimant alone may choose; after it the client may' })
  @Property({ type: 'date', nullable: true })
  choiceDueOn: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'PARTY_STRIKES: the last day a side may strike; a side that has not struck by then lets the other choose' })
  @Property({ type: 'date', nullable: true })
  strikeDueOn: string | null = null;

  @Field(() => Int, { description: 'Number of eligible examiners the draw was made from' })
  @Property({ type: 'integer' })
  poolSize: number = 0;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  proposedAt: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  proposedBy: string | null = null;

  @Field(() => CaseParty, { nullable: true, description: 'Who made the final selection; null when the rule made it (the examiner left once both sides struck)' })
  @Enum({ items: enumValues(CaseParty), type: 'string', length: 20, nullable: true })
  selectedBy: CaseParty | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  selectedAt: Date | null = null;

  @Field(() => PanelSelectionBasis, { nullable: true, description: 'Why the selection was allowed (for example, the claimant did not choose in time)' })
  @Enum({ items: enumValues(PanelSelectionBasis), type: 'string', length: 30, nullable: true })
  selectionBasis: PanelSelectionBasis | null = null;

  @Field(() => String, { nullable: true, description: 'The selection basis in words, with the dates and the rule' })
  @Property({ type: 'text', nullable: true })
  selectionReason: string | null = null;
}
