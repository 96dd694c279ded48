/**
 * Moving CSV text between the user's disk and the page. Export hands the server's text to the
 * browser as a download; import reads a chosen file as text for the server to check.
 */

/** The parts of `URL` a download needs; tests pass their own, as jsdom has no object URLs. */
export interface ObjectUrls {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

/** "requirements-northwind-crm-2026-03-02.csv": says what it holds, from which project, as of when. */
export function requirementsCsvFileName(projectName: string | null | undefined, today: string): string {
  const slug = (projectName ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return ['requirements', slug, today].filter((part) => part !== '').join('-') + '.csv';
}

/**
 * Saves `text` as a file through the browser's download, using a temporary link to a Blob. The
 * object URL is released on the next turn, once the browser has started the download.
 */
export function downloadTextFile(
  doc: Document,
  text: string,
  fileName: string,
  type = 'text/csv;charset=utf-8',
  urls: ObjectUrls = URL,
): Blob {
  const blob = new Blob([text], { type });
  const url = urls.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => urls.revokeObjectURL(url), 0);
  return blob;
}

/** The largest file we send; the API refuses more than about 900 kB of CSV in one import. */
export const MAX_IMPORT_BYTES = 900_000;

/** Why a chosen file cannot be imported as it is, or null when it is worth sending. */
export function importFileProblem(file: Pick<File, 'name' | 'size'>): string | null {
  if (file.size === 0) return $localize`:@@requirements.import.emptyFile:“${file.name}:file:” is empty. Choose a CSV file with a header row and one requirement per row.`;
  if (file.size > MAX_IMPORT_BYTES) {
    return $localize`:@@requirements.import.tooLarge:“${file.name}:file:” is too large to import at once (at most about 900 kB). Split it into smaller files.`;
  }
  return null;
}

/** The text of a chosen file, read as UTF-8 (a leading byte-order mark, as Excel writes it, is dropped). */
export function readTextFile(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error($localize`:@@requirements.import.unreadable:The file could not be read.`));
    reader.readAsText(file, 'utf-8');
  });
}
