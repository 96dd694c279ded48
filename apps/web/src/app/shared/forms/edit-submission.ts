import { afterNextRender, ElementRef, inject, Injector, signal } from '@angular/core';
import { FormGroup } from '@angular/forms';

import { Observable } from 'rxjs';

import { changeProblemOf } from '../graphql/change-problems';
import { focusFirstInvalidField, showServerErrors } from './form-errors';

/**
 * How an edit form sends its change and says why one was refused: field messages beside their
 * fields, everything else in the form's banner (worded once, in `changeProblemOf`), with a reload
 * offered when the record changed or went away meanwhile. Create it in a component's field
 * initialiser: it injects the component's element, to move focus to the field that needs it.
 */
export class EditSubmission {
  readonly submitting = signal(false);
  readonly banner = signal<string | null>(null);
  /** The record changed or went away since the form opened: the banner offers a reload. */
  readonly stale = signal(false);

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  /**
   * @param thing names the record for the banner, e.g. "this KPI".
   * @param placeFieldErrors puts BAD_USER_INPUT messages on the form and returns what is left for
   *   the banner; forms with fields outside the form group bring their own.
   */
  constructor(
    private readonly form: FormGroup,
    private readonly thing: string,
    private readonly placeFieldErrors: (form: FormGroup, error: unknown) => string | null = showServerErrors,
  ) {}

  /**
   * Whether the form may be sent; if not, every problem shows and focus moves to the first one.
   * (Forms that test a required number for null after this do so only to narrow its type.)
   */
  ready(): boolean {
    this.banner.set(null);
    this.stale.set(false);
    if (this.form.valid) return true;
    this.form.markAllAsTouched();
    focusFirstInvalidField(this.host);
    return false;
  }

  /** Sends the change; `saved` runs with the server's answer, a refusal is shown on the form. */
  send<T>(save: Observable<T>, saved: (value: T) => void): void {
    this.submitting.set(true);
    save.subscribe({
      next: (value) => {
        this.submitting.set(false);
        saved(value);
      },
      error: (error: unknown) => this.refused(error),
    });
  }

  /** Shows why the API refused the change. */
  refused(error: unknown): void {
    this.submitting.set(false);
    const problem = changeProblemOf(error, this.thing);
    if (problem.kind === 'invalid-input') {
      this.banner.set(this.placeFieldErrors(this.form, error));
      afterNextRender(() => focusFirstInvalidField(this.host), { injector: this.injector });
      return;
    }
    this.stale.set(problem.offerReload);
    this.banner.set(problem.message);
  }
}
