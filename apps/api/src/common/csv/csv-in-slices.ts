import { setImmediate as nextTurn } from 'node:timers/promises';

import Papa from 'papaparse';

import { CsvSeparator } from '@crm/domain';

/**
 * Rows of one export converted per slice: thousands of rows in one go held the event loop (every
 * other user's request) for the whole export; a slice of this many is a few milliseconds.
 */
export const CSV_SLICE_ROWS = 500;

/**
 * The same text as `Papa.unparse({ fields, data: rows.map(cells) })`, built a slice of rows at a
 * time with a turn of the event loop between slices, so other requests are served meanwhile.
 * Quoting is decided cell by cell, so joining the slices' lines gives exactly the one-go result.
 * `separator` is the reader's (`csvSeparator` of their locale); a cell holding it is quoted.
 */
export async function csvInSlices<T>(fields: readonly string[], rows: readonly T[], cells: (row: T) => string[], separator: CsvSeparator = ','): Promise<string> {
  const parts = [Papa.unparse({ fields: [...fields], data: rows.slice(0, CSV_SLICE_ROWS).map(cells) }, { delimiter: separator })];
  for (let start = CSV_SLICE_ROWS; start < rows.length; start += CSV_SLICE_ROWS) {
    await nextTurn();
    parts.push(Papa.unparse(rows.slice(start, start + CSV_SLICE_ROWS).map(cells), { header: false, delimiter: separator }));
  }
  return parts.join('\r\n');
}
