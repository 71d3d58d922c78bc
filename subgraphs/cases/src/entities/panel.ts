import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, JsonType, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { IDENTIFIED_ROW_ROLES, calendarMonth } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Case } from './case';
import { CaseParty, PanelStatus, PanelStrategy } from './enums';

/**
 * A panel of examiners drawn for a case. The strategy, seed and candidate pool are recorded so the draw can
 * be reproduced and audited afterwards.
 */
@ObjectType()
@Entity({ tableName: 'panel' })
@Index({ properties: ['case', 'proposedAt'] })
export class Panel {
  [OptionalProps]?: 'id' | 'status' | 'poolSize' | 'proposedAt';

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

  /** The eligible pool the draw was made from (examiner ids with practice group, reputation and load). */
  @Property({ type: JsonType })
  candidatePool: { examinerId: string; practiceGroup: string | null; reputation: number | null; openCaseLoad: number }[] = [];

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

  @Field(() => CaseParty, { nullable: true, description: 'Who made the final selection' })
  @Enum({ items: enumValues(CaseParty), type: 'string', length: 20, nullable: true })
  selectedBy: CaseParty | null = null;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => Date, { nullable: true, description: 'An exact date: not for ANALYST' })
  @Property({ type: 'datetime', nullable: true })
  selectedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Month the panel was drawn, e.g. 2026-11 (UTC): the de-identified form of proposedAt' })
  get proposedMonth(): string | null {
    return calendarMonth(this.proposedAt);
  }
}
