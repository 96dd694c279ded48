import { describe, expect, it, vi } from 'vitest';

import { downloadTextFile, importFileProblem, MAX_IMPORT_BYTES, readTextFile, requirementsCsvFileName } from './csv-file';

describe('requirements CSV files', () => {
  it('names the export after the project and the day', () => {
    expect(requirementsCsvFileName('Northwind CRM — Phase 1', '2026-03-02')).toBe('requirements-northwind-crm-phase-1-2026-03-02.csv');
    expect(requirementsCsvFileName('Café Señor', '2026-03-02')).toBe('requirements-cafe-senor-2026-03-02.csv');
    expect(requirementsCsvFileName(null, '2026-03-02')).toBe('requirements-2026-03-02.csv');
  });

  it('downloads the server’s text unchanged as a CSV file and releases the object URL afterwards', async () => {
    const urls = { createObjectURL: vi.fn(() => 'blob:csv-1'), revokeObjectURL: vi.fn() };
    const clicked: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    const csv = 'title,description,department\n"Quotes, approved",,SALES\n';

    const blob = downloadTextFile(document, csv, 'requirements.csv', undefined, urls);

    expect(urls.createObjectURL).toHaveBeenCalledWith(blob);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(await readTextFile(blob)).toBe(csv);
    expect(clicked).toEqual([{ href: 'blob:csv-1', download: 'requirements.csv' }]);
    expect(document.querySelector('a[download]')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(urls.revokeObjectURL).toHaveBeenCalledWith('blob:csv-1');
    click.mockRestore();
  });

  it('reads a chosen file as text, without the byte-order mark Excel puts first', async () => {
    const file = new File(['\uFEFFtitle,department,priority\nLead scoring,Sales,Must\n'], 'from-excel.csv', { type: 'text/csv' });

    expect(await readTextFile(file)).toBe('title,department,priority\nLead scoring,Sales,Must\n');
  });

  it('refuses empty and oversized files before sending them', () => {
    expect(importFileProblem({ name: 'empty.csv', size: 0 })).toContain('is empty');
    expect(importFileProblem({ name: 'huge.csv', size: MAX_IMPORT_BYTES + 1 })).toContain('too large');
    expect(importFileProblem({ name: 'ok.csv', size: 1200 })).toBeNull();
  });
});
