import { formatDay } from '../shared/dates/calendar-days';

/**
 * The Gantt as a picture for the steering committee: a PNG of the whole chart, or an A3 landscape
 * PDF with the program's name and the day in its header. html-to-image and jsPDF are loaded only
 * when someone exports, so they stay out of the page's first download.
 */

/** "nordics-rollout-timeline-2026-03-02.png": the program's name as a file name, the day, the kind. */
export function exportFileName(programName: string, isoDay: string, extension: 'png' | 'pdf'): string {
  const slug =
    programName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'program';
  return `${slug}-timeline-${isoDay}.${extension}`;
}

/** The picture fitted inside a page's printable box (millimetres), keeping its proportions. */
export function fitInto(image: { width: number; height: number }, box: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(box.width / image.width, box.height / image.height);
  return { width: image.width * scale, height: image.height * scale };
}

/**
 * The chart's pixels at full width: the scrolled-off part of the calendar included, as far as the
 * browser can hold it in one picture. The scroll containers are widened for the capture only.
 */
export async function captureGantt(element: HTMLElement): Promise<{ dataUrl: string; width: number; height: number }> {
  const { toPng } = await import('html-to-image');
  const main = element.querySelector<HTMLElement>('.gantt-main-groups');
  const side = element.querySelector<HTMLElement>('.gantt-side');
  const width = Math.min(16_000, Math.max(element.scrollWidth, (main?.scrollWidth ?? 0) + (side?.offsetWidth ?? 0)));
  const height = element.offsetHeight;
  const dataUrl = await toPng(element, {
    width,
    height,
    pixelRatio: 1,
    backgroundColor: getComputedStyle(document.body).backgroundColor || '#ffffff',
    style: { width: `${width}px`, height: `${height}px` },
  });
  return { dataUrl, width, height };
}

export function download(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.click();
}

export async function exportPng(element: HTMLElement, programName: string, isoDay: string): Promise<void> {
  const { dataUrl } = await captureGantt(element);
  download(dataUrl, exportFileName(programName, isoDay, 'png'));
}

export async function exportPdf(element: HTMLElement, programName: string, isoDay: string): Promise<void> {
  const [{ jsPDF }, picture] = await Promise.all([import('jspdf'), captureGantt(element)]);
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a3' });
  const page = { width: pdf.internal.pageSize.getWidth(), height: pdf.internal.pageSize.getHeight() };
  const margin = 12;
  pdf.setFontSize(18);
  pdf.text($localize`:@@timeline.pdf.title:${programName}:program: — timeline`, margin, margin + 4);
  pdf.setFontSize(11);
  pdf.text($localize`:@@timeline.pdf.asPlanned:As planned on ${formatDay(isoDay)}:day:`, margin, margin + 11);
  const box = { width: page.width - 2 * margin, height: page.height - 2 * margin - 18 };
  const size = fitInto(picture, box);
  pdf.addImage(picture.dataUrl, 'PNG', margin, margin + 18, size.width, size.height);
  pdf.save(exportFileName(programName, isoDay, 'pdf'));
}
