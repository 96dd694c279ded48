import { Transform } from 'class-transformer';

/** Trims text before validation, so "   " counts as empty and names are stored without stray spaces. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
