import { IsInt, Max, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';

export const MAX_PAGE_SIZE = 200;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType('PageInput', { description: `Offset pagination: at most ${MAX_PAGE_SIZE} items per page` })
export class PageInput {
  @Field(() => Int, { defaultValue: 25 })
  @IsInt()
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_PAGE_SIZE, { message: `limit must be at most ${MAX_PAGE_SIZE}` })
  limit: number = 25;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { message: 'offset must be 0 or more' })
  offset: number = 0;
}

export const DEFAULT_PAGE: PageInput = Object.assign(new PageInput(), { limit: 25, offset: 0 });

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  hasMore: boolean;
}

export function toPage<T>(items: T[], total: number, page: PageInput): Page<T> {
  return { items, total, limit: page.limit, offset: page.offset, hasMore: page.offset + items.length < total };
}

/** A page of items with the total count, so clients can render "41–60 of 312" and know when to stop. */
export function Paginated<T extends object>(itemType: ClassType<T>) {
  @ObjectType()
  abstract class PageClass implements Page<T> {
    @Field(() => [itemType])
    items!: T[];

    @Field(() => Int, { description: 'Number of items matching the filter, across all pages' })
    total!: number;

    @Field(() => Int)
    limit!: number;

    @Field(() => Int)
    offset!: number;

    @Field(() => Boolean)
    hasMore!: boolean;
  }
  return PageClass;
}
