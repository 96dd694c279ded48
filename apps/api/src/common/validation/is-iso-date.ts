import { registerDecorator, ValidationOptions } from 'class-validator';

import { isIsoDate } from '@crm/domain';

/** Years a plan can sensibly hold; PostgreSQL has no year 0000, and 9999 is a typo. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

export function isPlanDate(value: unknown): value is string {
  if (typeof value !== 'string' || !isIsoDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** A calendar date written as YYYY-MM-DD that exists (no 31 April), in the years 1900 to 2999. */
export function IsIsoDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isIsoDate',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a real date written as YYYY-MM-DD, between ${FIRST_YEAR} and ${LAST_YEAR}.`, ...options },
      validator: { validate: isPlanDate },
    });
}
