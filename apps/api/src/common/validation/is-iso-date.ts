import { registerDecorator, ValidationOptions } from 'class-validator';

import { isIsoDate } from '@crm/domain';

/** A calendar date written as YYYY-MM-DD that exists (no 31 April). */
export function IsIsoDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isIsoDate',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must be a real date written as YYYY-MM-DD.`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isIsoDate(value) },
    });
}
