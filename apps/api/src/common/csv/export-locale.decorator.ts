import { createParamDecorator, ExecutionContext } from '@nestjs/common';

import { exportLocale } from '@crm/domain';

import { requestOf } from '../auth/current-user';

/**
 * The locale an export is written for: the signed-in user's profile language, else the browser's
 * `Accept-Language`, else English. Exports come back as the answer of a GraphQL query, so the
 * request that asks for the file is the one whose user and headers say who will open it.
 */
export const ExportLocale = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = requestOf(context);
  const header = request.headers['accept-language'];
  return exportLocale(request.user?.locale, Array.isArray(header) ? header[0] : header);
});
