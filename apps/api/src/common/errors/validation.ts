import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';

import { explicitNullsIn } from '../validation/clearable';
import { unsafeTextIn } from '../validation/safe-text';
import { badUserInput, FieldError } from './app-error';

/** `GqlParamtype.ARGS`: the pipe sees context, info and custom parameters too, and leaves those alone. */
const GRAPHQL_ARGS = 3;

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
    const isArgument = (metadata.type as unknown) === GRAPHQL_ARGS || ['body', 'query', 'param'].includes(metadata.type);
    if (isArgument) {
      // Fields are named as class-validator names them: `title`, not `input.title`.
      const unsafe = unsafeTextIn(value, value && typeof value === 'object' && !Array.isArray(value) ? '' : (metadata.data ?? ''));
      if (unsafe.length) throw badUserInput(unsafe);
    }
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
