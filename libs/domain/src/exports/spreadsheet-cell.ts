/**
 * Characters that make a spreadsheet read a cell as a formula (or, for TAB and CR, that some
 * spreadsheets strip before they do). OWASP's CSV injection rule lists exactly these.
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/**
 * A cell as it may go into an exported CSV file: text that a spreadsheet would run as a formula
 * (`=HYPERLINK(…)`, `+1+cmd|…`, `@SUM(…)`) gets a leading single quote, so Excel, LibreOffice and
 * Google Sheets show it as text. Everything else is left exactly as it is.
 */
export function spreadsheetSafeCell(value: string | null | undefined): string {
  const text = value ?? '';
  return text.length > 0 && FORMULA_TRIGGERS.includes(text[0]) ? `'${text}` : text;
}
