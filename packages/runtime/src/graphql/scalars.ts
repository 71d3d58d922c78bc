import 'reflect-metadata';
import { GraphQLLocalDate } from 'graphql-scalars';

/** A calendar date without time or zone, `YYYY-MM-DD` (exam dates, expiry dates, due dates). */
export const LocalDate = GraphQLLocalDate;

/** The values of an enumeration declared as a const object, for ORM check constraints and validation. */
export const enumValues = <T extends Record<string, string>>(e: T) => Object.values(e) as T[keyof T][];
