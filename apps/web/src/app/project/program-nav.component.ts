import { A11yModule } from '@angular/cdk/a11y';
import { DOCUMENT } from '@angular/common';
import { afterRenderEffect, ChangeDetectionStrategy, Component, ElementRef, inject, viewChild } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

import { ProgramNavState } from '../shared/navigation/program-nav-state';
import { PROGRAM_AREA_GROUPS } from './program-areas';

/**
 * The program's pages, grouped by phase: a column beside the page on wider screens (folded to its
 * toggle when collapsed), a drawer over it on a phone, opened from the top bar's Sections button.
 * Link test ids keep the `project-tab-<path>` names of the tab row it replaced.
 */
@Component({
  selector: 'crm-program-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [A11yModule, RouterLink, RouterLinkActive],
  templateUrl: './program-nav.component.html',
  styleUrl: './program-nav.component.scss',
  host: {
    '[class.phone]': 'nav.phone()',
    '[class.open]': 'nav.drawerOpen()',
    '[class.collapsed]': 'folded()',
    '(document:keydown.escape)': 'nav.closeDrawer()',
  },
})
export class ProgramNavComponent {
  protected readonly nav = inject(ProgramNavState);
  protected readonly groups = PROGRAM_AREA_GROUPS;
  protected readonly showSections = $localize`:@@program.nav.show:Show program sections`;
  private readonly document = inject(DOCUMENT);
  private readonly closeButton = viewChild<ElementRef<HTMLButtonElement>>('closeButton');

  constructor() {
    // The opened drawer takes the focus (and keeps it, cdkTrapFocus); closed, it hands it back to
    // whatever opened it, the top bar's Sections button.
    let openedFrom: HTMLElement | null = null;
    afterRenderEffect(() => {
      const open = this.nav.drawerOpen();
      const close = this.closeButton()?.nativeElement;
      if (open && !openedFrom) {
        openedFrom = this.document.activeElement instanceof HTMLElement ? this.document.activeElement : null;
        close?.focus();
      } else if (!open && openedFrom) {
        const back = openedFrom;
        openedFrom = null;
        // The focus would otherwise stay on a link hidden with the drawer, or fall to the page's start.
        if (back.isConnected && (this.document.activeElement === this.document.body || this.isInside())) back.focus();
      }
    });
  }

  private isInside(): boolean {
    return !!this.document.activeElement?.closest('#program-sections');
  }

  /** Folded only on a wide screen: the phone's drawer always shows every link. */
  protected folded(): boolean {
    return this.nav.collapsed() && !this.nav.phone();
  }

  protected chosen(): void {
    this.nav.closeDrawer();
  }
}
