import 'reflect-metadata';
import { Entity, Enum, Property } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SortDirection } from '../graphql/pagination';
import { BaseEntity } from './base-entity';
import { TextColumn } from './columns';
import { listQuery, sqlCondition } from './list-query';

@Entity({ tableName: 'widget', schema: 'test' })
class Widget extends BaseEntity {
  @TextColumn({ length: 100 })
  name!: string;

  @TextColumn({ nullable: true })
  note: string | null = null;

  @Enum({ items: ['OPEN', 'SHUT'], type: 'string', length: 10 })
  status!: 'OPEN' | 'SHUT';

  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;
}

// The statements are built, never run: no database is needed to see what a list asks for.
let orm: MikroORM;
beforeAll(() => {
  orm = MikroORM.initSync({ entities: [Widget], clientUrl: 'postgres://nobody@127.0.0.1:1/none', connect: false, discovery: { warnWhenNoEntities: false } });
});
afterAll(() => orm?.close(true));

const sql = (qb: { getFormattedQuery(): string }) => qb.getFormattedQuery();

describe('listQuery', () => {
  it('ANDs the conditions given, skipping the empty ones, in the ordering policy, one page', () => {
    const name = '';
    const statement = sql(
      listQuery(orm.em.fork(), Widget, {
        alias: 'w',
        where: [{ status: { $in: ['OPEN'] } }, name && { name }, undefined, sqlCondition('w.due_on <= ?::date', ['2031-06-01'])],
        order: { properties: ['dueOn'], direction: SortDirection.DESC },
        page: { limit: 25, offset: 50 },
      }),
    );
    expect(statement).toMatch(/where "w"\."status" in \('OPEN'\) and \(w\.due_on <= '2031-06-01'::date\)/);
    expect(statement).not.toMatch(/"name"/);
    expect(statement).toMatch(/order by "w"\."due_on" desc nulls last, "w"\."id" desc limit 25 offset 50$/);
  });

  it('caps the page at MAX_PAGE_SIZE whatever an internal caller asks for', () => {
    const statement = sql(listQuery(orm.em.fork(), Widget, { alias: 'w', order: { properties: ['name'], direction: SortDirection.ASC }, page: { limit: 5000, offset: 0 } }));
    expect(statement).toMatch(/order by "w"\."name" asc, "w"\."id" asc limit 200/);
  });

  it('lets a row scope narrow the statement itself', () => {
    const statement = sql(
      listQuery(orm.em.fork(), Widget, {
        alias: 'w',
        where: [(qb) => void qb.andWhere({ name: 'mine' })],
        order: { properties: ['createdAt'], direction: SortDirection.ASC },
        page: { limit: 10, offset: 0 },
      }),
    );
    expect(statement).toMatch(/where "w"\."name" = 'mine' order by "w"\."created_at" asc, "w"\."id" asc/);
  });
});

describe('TextColumn and BaseEntity', () => {
  it('declare the columns the ORM decorators they stand for would, the id first and updatedAt kept on update', () => {
    const meta = orm.getMetadata().get('Widget');
    expect(meta.properties.name).toMatchObject({ type: 'string', length: 100 });
    expect(meta.properties.name.nullable).toBeFalsy();
    expect(meta.properties.note).toMatchObject({ type: 'text', nullable: true });
    expect(meta.primaryKeys).toEqual(['id']);
    expect(meta.properties.version).toMatchObject({ version: true });
    expect(meta.properties.updatedAt.onUpdate).toBeTypeOf('function');
  });
});
