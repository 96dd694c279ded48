import { DOCUMENT } from '@angular/common';
import { effect, inject, untracked } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router } from '@angular/router';

export interface LinkedRecord<T extends { id: string }> {
  /** The query parameter that names the record, e.g. `risk` for ?risk=<id>. */
  param: string;
  /** Its value, as the page's router-bound input has it. */
  id: () => string | undefined;
  /** The records the page lists now; null while they load. */
  records: () => readonly T[] | null;
  /** Shows the record: opens its dialog, or scrolls to it. */
  open: (record: T) => void;
  /**
   * Called once when the record is not among those listed: widens the list (closed ones too, no
   * filters) and answers true, or answers false when there is nothing wider to show.
   */
  widen?: () => boolean;
  /** What to say when it is nowhere, e.g. "That risk is no longer in this program." */
  missing: string;
}

/**
 * A page opens the record a link names (?risk=<id>, from the search box) once its list holds it,
 * then drops the parameter so Back and reload show the page itself. Call in a constructor.
 */
export function openLinkedRecord<T extends { id: string }>(link: LinkedRecord<T>): void {
  // A page shown outside the router (in a unit test) has no links to follow.
  const route = inject(ActivatedRoute, { optional: true });
  if (!route) return;
  const router = inject(Router);
  const snackBar = inject(MatSnackBar);
  let handled: string | null = null;
  let widened = false;
  effect(() => {
    const id = link.id();
    const records = link.records();
    if (!id) {
      handled = null;
      widened = false;
      return;
    }
    if (records === null || handled === id) return;
    untracked(() => {
      const record = records.find((r) => r.id === id);
      if (!record && !widened && link.widen) {
        widened = true;
        if (link.widen()) return;
      }
      handled = id;
      void router.navigate([], { relativeTo: route, queryParams: { [link.param]: null }, queryParamsHandling: 'merge', preserveFragment: true, replaceUrl: true });
      if (record) link.open(record);
      else snackBar.open(link.missing, 'OK', { duration: 5000 });
    });
  });
}

export interface LinkedElement {
  /** The query parameter that names the record, e.g. `person` for ?person=<id>. */
  param: string;
  id: () => string | undefined;
  /** True once the page shows its content. */
  ready: () => boolean;
  /** The elements that show the record, e.g. `[data-person-id="…"]`. */
  selector: (id: string) => string;
  missing: string;
}

/**
 * A page points out the record a link names (?milestone=<id>): scrolls to the first element
 * showing it, moves the focus there and flashes every one, then drops the parameter. Call in a
 * constructor.
 */
export function pointOutLinkedElement(link: LinkedElement): void {
  const route = inject(ActivatedRoute, { optional: true });
  if (!route) return;
  const router = inject(Router);
  const snackBar = inject(MatSnackBar);
  const document = inject(DOCUMENT);
  let handled: string | null = null;
  effect(() => {
    const id = link.id();
    if (!id) {
      handled = null;
      return;
    }
    if (!link.ready() || handled === id) return;
    handled = id;
    // After this change is rendered: the elements exist only then.
    setTimeout(() => {
      void router.navigate([], { relativeTo: route, queryParams: { [link.param]: null }, queryParamsHandling: 'merge', preserveFragment: true, replaceUrl: true });
      const elements = [...document.querySelectorAll<HTMLElement>(link.selector(id))];
      if (elements.length === 0) {
        snackBar.open(link.missing, 'OK', { duration: 5000 });
        return;
      }
      const [first] = elements;
      first.scrollIntoView?.({ block: 'center' });
      if (!first.hasAttribute('tabindex')) first.setAttribute('tabindex', '-1');
      first.focus({ preventScroll: true });
      for (const element of elements) element.classList.add('crm-linked');
      setTimeout(() => elements.forEach((element) => element.classList.remove('crm-linked')), LINKED_FLASH_MS);
    });
  });
}

/** How long a pointed-out record stays highlighted (the `crm-linked` class, styled in styles.scss). */
export const LINKED_FLASH_MS = 3000;
