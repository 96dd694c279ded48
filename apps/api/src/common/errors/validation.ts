import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

import { explicitNullsIn } from '../validation/clearable';
import { unsafeTextIn } from '../validation/safe-text';
import { badUserInput, FieldError } from './app-error';


function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
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
      const nulls = explicitNullsIn(transformed).map((field) => ({
        field,
        message: `${field} cannot be cleared; leave it out to keep the current value.`,
      }));
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
    exceptionFactory: (errors) => badUserInput(flatten(errors)),
  });
}
