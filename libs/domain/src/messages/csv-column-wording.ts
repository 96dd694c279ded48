import { csvHeaderOf, isCsvTable } from '../exports/csv-headers';
import type { MessageLocale, MessageParams } from './message';
import { text } from './message-wording';

/**
 * A column named in an import problem, as the header row of the reader's language writes it: a
 * Dutch reader who exported "E-mail stakeholder" is told about "E-mail stakeholder". Problems
 * carry the column's key and its table (`table`), as data; a problem without a table (a file
 * another product wrote) names the column as that file does.
 */
export function csvColumnWord(locale: MessageLocale, p: MessageParams, name: string): string {
  const table = p['table'];
  const column = text(p, name);
  return isCsvTable(table) ? csvHeaderOf(table, column, locale) : column;
}

/** A list of columns (`"title, phase"`), each worded as csvColumnWord words one. */
export function csvColumnsWord(locale: MessageLocale, p: MessageParams, name: string): string {
  const table = p['table'];
  const columns = text(p, name);
  if (!isCsvTable(table) || !columns) return columns;
  return columns
    .split(',')
    .map((column) => csvHeaderOf(table, column.trim(), locale))
    .join(', ');
}
