import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, contentChild, Directive, inject, input, Signal, TemplateRef } from '@angular/core';

import type { CallState } from '../data/area-store';
import { EmptyStateComponent } from './empty-state.component';
import { LoadErrorComponent } from './load-error.component';
import { LoadingStateComponent } from './loading-state.component';
import { PageNotice, PageNoticeComponent } from './page-notice.component';

/** What the page frame needs of an area's store (`AreaStore` has all of it). */
export interface AreaPageState {
  load: Signal<CallState>;
  notice: Signal<PageNotice | null>;
  reload(): void;
  dismissNotice(): void;
}

/** Marks the page's content, drawn only once the page query has answered. */
@Directive({ selector: 'ng-template[crmAreaLoaded]' })
export class AreaLoadedDirective {
  readonly template = inject(TemplateRef);
}

/**
 * The frame of a project area's page: its heading with the page's buttons (`[areaActions]`), the
 * lead paragraph (`[areaLead]`), the notice about the last change, and the loading and error
 * states of its page query; the page's own content (`ng-template crmAreaLoaded`) once it is in.
 * Test ids follow the area's key: `<area>-heading`, `<area>-loading`, `<area>-error`, and
 * `<notice>-notice`, `<notice>-problem`, `<notice>-reload`.
 */
@Component({
  selector: 'crm-area-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, LoadErrorComponent, LoadingStateComponent, PageNoticeComponent],
  template: `
    <section class="area-page" [attr.aria-labelledby]="area() + '-heading'">
      <div class="heading">
        <h2 [id]="area() + '-heading'">{{ heading() }}</h2>
        <ng-content select="[areaActions]" />
      </div>
      <ng-content select="[areaLead]" />
      <ng-content />
      @if (store().notice(); as notice) {
        <crm-page-notice
          [notice]="notice"
          [testId]="noticeKey() + '-notice'"
          [problemTestId]="noticeKey() + '-problem'"
          [reloadTestId]="noticeKey() + '-reload'"
          (reload)="store().reload()"
          (dismiss)="store().dismissNotice()"
        />
      }
      @switch (store().load().status) {
        @case ('loading') {
          <crm-loading-state [testId]="area() + '-loading'" [label]="loadingLabel()" />
        }
        @case ('error') {
          <crm-load-error [testId]="area() + '-error'" [message]="errorMessage()" (retry)="store().reload()" />
        }
        @case ('loaded') {
          <ng-container [ngTemplateOutlet]="loaded().template" />
        }
      }
    </section>
  `,
  styles: `
    .area-page {
      display: flex;
      flex-direction: column;
      gap: 16px;
      padding: 16px;
    }
    .heading {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 16px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
    /* The lead paragraph is the page's own element, projected here. */
    :host ::ng-deep [areaLead] {
      max-width: 80ch;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AreaPageComponent {
  /** The area's key, e.g. "kpis", for ids and test ids. */
  readonly area = input.required<string>();
  /** The notices' test-id key when it differs from the area's, e.g. "kpi". */
  readonly noticeKey = input.required<string>();
  readonly heading = input.required<string>();
  /** The page's content in words, e.g. "the KPIs": "Loading the KPIs…", "We could not load the KPIs." */
  readonly what = input.required<string>();
  readonly store = input.required<AreaPageState>();

  protected readonly loaded = contentChild.required(AreaLoadedDirective);
  protected readonly loadingLabel = computed(() => {
    const what = this.what();
    return $localize`:@@shared.area.loading:Loading ${what}:what:…`;
  });
  protected readonly errorMessage = computed(() => {
    const load = this.store().load();
    if (load.status !== 'error') return '';
    const what = this.what();
    return $localize`:@@shared.area.loadFailed:We could not load ${what}:what:. ${load.message}:reason:`;
  });
}

/** Everything a page inside the frame needs to import. */
export const AREA_PAGE = [AreaPageComponent, AreaLoadedDirective, EmptyStateComponent] as const;
