import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { IDENTIFIED_ROW_ROLES, IdEntity } from '@imepanel/runtime';
import { enumValues } from '@imepanel/runtime/scalars';
import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { CaseParty } from './enums';
import { Panel } from './panel';

/** One examiner on a panel, and whether a party struck or selected them. */
@ObjectType()
@Entity({ tableName: 'panel_member' })
@Unique({ properties: ['panel', 'examinerId'] })
export class PanelMember extends IdEntity<'selected'> {
  @ManyToOne(() => Panel, { ref: true, deleteRule: 'cascade', index: true })
  panel!: Ref<Panel>;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  examinerId!: string;

  @Field(() => Int, { description: 'Order drawn, from 1' })
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => CaseParty, { nullable: true })
  @Enum({ items: enumValues(CaseParty), type: 'string', length: 20, nullable: true })
  struckBy: CaseParty | null = null;

  @Authorized(...IDENTIFIED_ROW_ROLES)
  @Field(() => Date, { nullable: true, description: 'An exact date: not for ANALYST' })
  @Property({ type: 'datetime', nullable: true })
  struckAt: Date | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  selected: boolean = false;
}
