import { afterNextRender, computed, DestroyRef, Directive, ElementRef, inject, input, output, signal, untracked } from '@angular/core';

import { RowWindow, sameWindow, visibleRows } from '../shared/ui/row-window';
import { CARD_SLOT, CARD_WINDOW_STEP } from './board-columns';

/**
 * A board column's scroll area: works out which of its cards are in or near view (every card is
 * CARD_SLOT tall), so the column puts a screenful of cards in the page however many it holds.
 * It listens to scrolling outside change detection, and tells the page only when the drawn window
 * moves, which is also when the store may fetch the next page.
 */
@Directive({
  selector: '[crmColumnScroller]',
  exportAs: 'crmColumnScroller',
})
export class ColumnScrollerDirective {
  readonly cardCount = input.required<number>();
  /** The status of the column it scrolls, so the board can ask the right column to show a card. */
  readonly columnStatus = input<string>();
  /** The index after the last drawn card, each time the user's scrolling moves the window. */
  readonly scrolledTo = output<number>();

  /** Compared by the window it gives, so scrolling within a step does not even schedule change detection. */
  private readonly viewport = signal(
    { top: 0, height: 0 },
    { equal: (a, b) => sameWindow(this.windowAt(a, untracked(this.cardCount)), this.windowAt(b, untracked(this.cardCount))) },
  );
  readonly window = computed<RowWindow>(() => this.windowAt(this.viewport(), this.cardCount()), { equal: sameWindow });

  private windowAt({ top, height }: { top: number; height: number }, cardCount: number): RowWindow {
    return visibleRows(top, height, CARD_SLOT, cardCount, CARD_WINDOW_STEP);
  }

  private readonly host: HTMLElement = inject(ElementRef).nativeElement;

  /**
   * Scrolls the card at `index` into the column's view and moves the drawn window to it at once
   * (not on the scroll event), so a card moved here by keyboard is in the page on the next render.
   */
  reveal(index: number): void {
    const host = this.host;
    const top = index * CARD_SLOT;
    if (top < host.scrollTop || top + CARD_SLOT > host.scrollTop + host.clientHeight) host.scrollTop = top;
    this.measure();
  }

  private measure(): void {
    this.viewport.set({ top: this.host.scrollTop, height: this.host.clientHeight });
  }

  constructor() {
    const host = this.host;
    let told: RowWindow | null = null;
    const measure = () => this.measure();
    const scrolled = () => {
      measure();
      const window = this.window();
      if (told && sameWindow(told, window)) return;
      told = window;
      this.scrolledTo.emit(window.last);
    };
    host.addEventListener('scroll', scrolled, { passive: true });
    let resize: ResizeObserver | null = null;
    afterNextRender(() => {
      measure();
      if (typeof ResizeObserver === 'undefined') return;
      resize = new ResizeObserver(measure);
      resize.observe(host);
    });
    inject(DestroyRef).onDestroy(() => {
      host.removeEventListener('scroll', scrolled);
      resize?.disconnect();
    });
  }
}
