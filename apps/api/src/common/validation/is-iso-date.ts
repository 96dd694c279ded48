import { registerDecorator, ValidationOptions } from 'class-validator';

import { FIRST_PLAN_YEAR, isIsoDate, LAST_PLAN_YEAR } from '@crm/domain';

/** Years a plan can sensibly hold (the domain's, which the web's date fields share). */
export const FIRST_YEAR = FIRST_PLAN_YEAR;
export const LAST_YEAR = LAST_PLAN_YEAR;

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
