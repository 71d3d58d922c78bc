import 'reflect-metadata';
import { GraphQLLocalDate } from 'graphql-scalars';

/** A calendar date without time or zone, `YYYY-MM-DD` (exam dates, expiry dates, due dates). */
export const LocalDate = GraphQLLocalDate;

/** The values of an enum object (one `defineEnum` made), for the ORM's `@Enum({ items })` check constraint. */
export const enumValues = <T extends Record<string, string>>(e: T) => Object.values(e) as T[keyof T][];
