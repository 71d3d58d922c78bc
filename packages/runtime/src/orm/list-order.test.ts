import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { SortDirection } from '../graphql/pagination';
import { orderByPolicy, type OrderedEntityMetadata } from './list-order';

const report: OrderedEntityMetadata = {
  className: 'Report',
  primaryKeys: ['id'],
  properties: { id: {}, createdAt: { nullable: false }, status: {}, dueDate: { nullable: true }, lastName: {}, firstName: {} },
};

describe('orderByPolicy', () => {
  it('sorts a NOT NULL column without NULLS LAST, so a btree index is read in order either way', () => {
    expect(orderByPolicy(report, ['createdAt'], SortDirection.DESC)).toEqual([{ createdAt: 'DESC' }, { id: 'DESC' }]);
    expect(orderByPolicy(report, ['status'], SortDirection.ASC)).toEqual([{ status: 'ASC' }, { id: 'ASC' }]);
  });

  it('puts rows without a value last on a nullable column, in both directions', () => {
    expect(orderByPolicy(report, ['dueDate'], SortDirection.ASC)).toEqual([{ dueDate: 'ASC NULLS LAST' }, { id: 'ASC' }]);
    expect(orderByPolicy(report, ['dueDate'], SortDirection.DESC)).toEqual([{ dueDate: 'DESC NULLS LAST' }, { id: 'DESC' }]);
  });

  it('ends with the primary key in the same direction, once, so the order is total', () => {
    expect(orderByPolicy(report, ['lastName', 'firstName'], SortDirection.DESC)).toEqual([{ lastName: 'DESC' }, { firstName: 'DESC' }, { id: 'DESC' }]);
    expect(orderByPolicy(report, ['id'], SortDirection.ASC)).toEqual([{ id: 'ASC' }]);
  });

  it('refuses a property the entity does not have', () => {
    expect(() => orderByPolicy(report, ['nope'], SortDirection.ASC)).toThrow(/Report has no property nope/);
  });
});
