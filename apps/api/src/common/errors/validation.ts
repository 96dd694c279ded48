import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';

import type { MessageCode, MessageParams } from '@crm/domain';

import { explicitNullsIn } from '../validation/clearable';
import { unsafeTextIn } from '../validation/safe-text';
import { badUserInput, FieldError, fieldProblem } from './app-error';

/**
 * class-validator's constraint names, as the code a client words the problem by, and the name of
 * the decorator's argument its sentence needs (`@MaxLength(200)` → TOO_LONG with `max: 200`).
 */
const CONSTRAINT_CODES: Record<string, { code: MessageCode; param?: string }> = {
  isNotEmpty: { code: 'REQUIRED' },
  arrayNotEmpty: { code: 'REQUIRED' },
  isDefined: { code: 'REQUIRED' },
  maxLength: { code: 'TOO_LONG', param: 'max' },
  minLength: { code: 'TOO_SHORT', param: 'min' },
  max: { code: 'TOO_LARGE', param: 'max' },
  min: { code: 'TOO_SMALL', param: 'min' },
  isUuid: { code: 'NOT_AN_ID' },
  isInt: { code: 'NOT_A_WHOLE_NUMBER' },
  isNumber: { code: 'NOT_A_NUMBER' },
  isString: { code: 'NOT_TEXT' },
  isBoolean: { code: 'NOT_YES_OR_NO' },
  isEnum: { code: 'NOT_ONE_OF_CHOICES' },
  isIn: { code: 'NOT_ONE_OF_CHOICES' },
  isArray: { code: 'NOT_A_LIST' },
  arrayMaxSize: { code: 'TOO_MANY_ITEMS', param: 'max' },
  arrayMinSize: { code: 'TOO_FEW_ITEMS', param: 'min' },
  arrayUnique: { code: 'DUPLICATE_ITEMS' },
  isEmail: { code: 'NOT_AN_EMAIL' },
  isIsoDate: { code: 'NOT_A_DAY' },
  isTimeZone: { code: 'NOT_A_TIME_ZONE' },
  isDate: { code: 'NOT_A_DATE_TIME' },
  isUrl: { code: 'NOT_A_URL' },
  whitelistValidation: { code: 'UNKNOWN_FIELD' },
};

/** The first argument of the decorator behind `constraint` on `property` of the failing input (a `@MaxLength`'s 200). */
function constraintArgument(error: ValidationError, constraint: string): number | string | undefined {
  const target = error.target?.constructor;
  if (!target) return undefined;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === constraint);
  const value: unknown = metadata?.constraints?.[0];
  return typeof value === 'number' || typeof value === 'string' ? value : undefined;
}

/** One field problem per failed constraint, its English message as class-validator (or the decorator's `message`) words it. */
function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]): FieldError => {
      const known = CONSTRAINT_CODES[constraint];
      const params: MessageParams = { field };
      const argument = known?.param ? constraintArgument(error, constraint) : undefined;
      if (known?.param && argument !== undefined) params[known.param] = argument;
      return { field, message, code: known?.code ?? 'INVALID_VALUE', params };
    });
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * The one input boundary. Every GraphQL argument, whatever its type, is first checked for text
 * PostgreSQL cannot take (NUL, lone surrogates); then class-validator checks the input class; then
 * an explicit `null` on an update field that cannot be cleared is refused. Each failure is one
 * BAD_USER_INPUT error with a message per field, raised before any SQL runs.
 */
class InputBoundaryPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Nest hands GraphQL arguments to pipes as 'body' (GqlParamtype.ARGS is 3, RouteParamtypes.BODY);
    // context, info and custom parameters arrive under other names and are left alone. Our HTTP
    // routes (the calendar feed, health) take only 'query' and 'param'.
    const isArgument = metadata.type === 'body';
    const isHttpInput = metadata.type === 'query' || metadata.type === 'param';
    // @Parent, @Context, @CurrentUser: nothing to validate, and field resolvers take them once per row.
    if (!isArgument && !isHttpInput) return value;
    // Fields are named as class-validator names them: `title`, not `input.title`.
    const unsafe = unsafeTextIn(value, value && typeof value === 'object' && !Array.isArray(value) ? '' : (metadata.data ?? ''));
    // A plain HTTP route (the calendar feed) answers 400 itself; a GraphQLError would reach no client there.
    if (unsafe.length && isHttpInput) throw new BadRequestException(unsafe.map((problem) => problem.message).join(' '));
    if (unsafe.length) throw badUserInput(unsafe);
    const transformed: unknown = await super.transform(value, metadata);
    if (isArgument) {
      const nulls = explicitNullsIn(transformed).map((field) => fieldProblem(field, 'CANNOT_BE_CLEARED'));
      if (nulls.length) throw badUserInput(nulls);
    }
    return transformed;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputBoundaryPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    // The failing input's class, so a field problem can read its decorator's argument (TOO_LONG's max); never sent.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => badUserInput(flatten(errors)),
  });
}
