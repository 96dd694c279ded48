import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';

/** Marks an operation that may be called without signing in (sign-up, sign-in). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
