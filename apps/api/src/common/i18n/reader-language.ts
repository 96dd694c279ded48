import { createParamDecorator, ExecutionContext } from '@nestjs/common';

import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@crm/domain';

import { type AuthUser, requestOf, type RequestWithUser } from '../auth/current-user';
import { browserLanguage } from '../http/page-language';

/**
 * The language to word what this request creates or sends in: the one chosen in the profile, else
 * the one the browser asks for (the pages follow the same), else English.
 */
export function readerLanguage(user: Pick<AuthUser, 'locale'> | undefined, headers: RequestWithUser['headers']): Language {
  if (isLanguage(user?.locale)) return user.locale;
  return browserLanguage(headers['accept-language']) ?? DEFAULT_LANGUAGE;
}

/** `@ReaderLanguage() language: Language` on a resolver: see readerLanguage. */
export const ReaderLanguage = createParamDecorator((_data: unknown, context: ExecutionContext): Language => {
  const request = requestOf(context);
  return readerLanguage(request.user, request.headers);
});
