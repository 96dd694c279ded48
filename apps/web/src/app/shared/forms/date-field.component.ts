import {
  AfterViewInit,
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  computed,
  DoCheck,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  OnDestroy,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import {
  AbstractControl,
  ControlValueAccessor,
  FormGroupDirective,
  NG_VALIDATORS,
  NG_VALUE_ACCESSOR,
  NgControl,
  NgForm,
  ValidationErrors,
  Validator,
  Validators,
} from '@angular/forms';
import { DateAdapter, ErrorStateMatcher, MAT_DATE_FORMATS } from '@angular/material/core';
import { MatDatepickerInput, MatDatepickerInputEvent, MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldControl } from '@angular/material/form-field';

import { DateTime } from 'luxon';
import { Subject } from 'rxjs';

import { FIRST_PLAN_DAY, LAST_PLAN_DAY } from '@crm/domain';

import { dateFormatHint, USER_LOCALE } from '../dates/locale';
import { provideUserDates } from '../dates/user-locale';

/** What the typed text is: nothing, a date, or something that is not a date. */
type Typed = 'empty' | 'date' | 'not-a-date';

let nextId = 0;

/**
 * A calendar day, typed in the user's own format (05/03/2026 in en-GB, 3/5/2026 in en-US,
 * 5-3-2026 in nl-NL, or 2026-03-05 anywhere) or picked from a calendar. Its value is the API's
 * `YYYY-MM-DD` string, so forms keep the shape they had with native date inputs; an empty field is
 * '' (or null, if the form gave null). It goes inside a `mat-form-field` in place of the input:
 *
 *   <crm-date-field formControlName="dueDate" testId="task-due" [min]="startDate" />
 *
 * Text that is not a date, and a day before `min` or after `max` (by default the years the API
 * accepts), fail validation with a sentence that `fieldErrorMessage` shows as the field's error.
 * Without a form, `[date]` sets the day and `(dateChange)` reports a chosen one.
 */
@Component({
  selector: 'crm-date-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDatepickerModule],
  providers: [
    provideUserDates(),
    { provide: MatFormFieldControl, useExisting: DateFieldComponent },
    { provide: NG_VALUE_ACCESSOR, useExisting: DateFieldComponent, multi: true },
    { provide: NG_VALIDATORS, useExisting: DateFieldComponent, multi: true },
  ],
  host: { class: 'crm-date-field' },
  template: `
    <input
      class="crm-date-input"
      autocomplete="off"
      [id]="id"
      [matDatepicker]="picker"
      [min]="minDate()"
      [max]="maxDate()"
      [disabled]="disabled"
      [readOnly]="readonly()"
      [placeholder]="focused ? placeholder : ''"
      [class.ng-invalid]="invalid()"
      [attr.aria-invalid]="errorState"
      [attr.aria-required]="required"
      [attr.aria-describedby]="describedBy() || null"
      [attr.data-testid]="testId()"
      (input)="typed()"
      (dateChange)="chosen($event)"
      (focus)="focusChanged(true)"
      (blur)="focusChanged(false)"
    />
    <mat-datepicker-toggle
      class="crm-date-toggle"
      [for]="picker"
      [disabled]="disabled || readonly()"
      [attr.data-testid]="testId() ? testId() + '-calendar' : null"
    />
    <mat-datepicker #picker (closed)="touched()" />
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
    }
    .crm-date-input {
      flex: 1;
      min-width: 0;
      padding: 0;
      margin: 0;
      border: none;
      outline: none;
      background: transparent;
      color: inherit;
      font: inherit;
      letter-spacing: inherit;
    }
    .crm-date-input::placeholder {
      color: var(--mat-sys-on-surface-variant);
    }
    /* The toggle is a 48 px icon button in a 24 px line: let it overhang the field's padding. */
    .crm-date-toggle {
      margin: -12px -12px -12px 0;
    }
  `,
})
export class DateFieldComponent implements MatFormFieldControl<string>, ControlValueAccessor, Validator, DoCheck, AfterViewInit, OnDestroy {
  private readonly adapter = inject<DateAdapter<DateTime>>(DateAdapter);
  private readonly formats = inject(MAT_DATE_FORMATS);
  private readonly locale = inject(USER_LOCALE);
  private readonly injector = inject(Injector);
  private readonly errorMatcher = inject(ErrorStateMatcher);
  private readonly parentForm = inject(FormGroupDirective, { optional: true }) ?? inject(NgForm, { optional: true });
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The earliest day allowed, `YYYY-MM-DD`; before it the field is invalid. */
  readonly min = input<string | null | undefined>(undefined);
  /** The latest day allowed, `YYYY-MM-DD`. */
  readonly max = input<string | null | undefined>(undefined);
  /** Put on the text box, for tests; the calendar button gets `<testId>-calendar`. */
  readonly testId = input<string | null>(null);
  readonly readonly = input(false, { transform: booleanAttribute });
  /** The day to show when the field is used without a form. */
  readonly date = input<string | null | undefined>(undefined);
  /** A day the user chose (picked, or typed and confirmed), `YYYY-MM-DD`. */
  readonly dateChange = output<string>();

  readonly id = `crm-date-field-${nextId++}`;
  readonly controlType = 'crm-date-field';
  readonly stateChanges = new Subject<void>();
  /** How to type a date here, e.g. "dd/mm/yyyy"; shown while the field has focus. */
  readonly placeholder = dateFormatHint(this.locale);

  focused = false;
  disabled = false;
  errorState = false;

  protected readonly minDay = computed(() => this.min() || FIRST_PLAN_DAY);
  protected readonly maxDay = computed(() => this.max() || LAST_PLAN_DAY);
  protected readonly minDate = computed(() => this.dateOf(this.minDay()));
  protected readonly maxDate = computed(() => this.dateOf(this.maxDay()));
  protected readonly describedBy = signal('');
  /** Whether the form control holds an error, for `focusFirstInvalidField`. */
  protected readonly invalid = signal(false);

  private readonly pickerInput = viewChild.required<MatDatepickerInput<DateTime>>(MatDatepickerInput);
  private readonly typedState = signal<Typed>('empty');
  private day: DateTime | null = null;
  private emptyValue: '' | null = '';
  private onChange: (value: string | null) => void = () => undefined;
  private onTouched: () => void = () => undefined;
  private validatorChanged: () => void = () => undefined;
  private ngControlCache: NgControl | null | undefined;
  private touchedWithoutForm = false;

  constructor() {
    let firstBounds = true;
    effect(() => {
      this.minDay();
      this.maxDay();
      // The form validates on its own when it starts; only a later change of bounds needs telling.
      if (!firstBounds) untracked(() => this.validatorChanged());
      firstBounds = false;
    });
    effect(() => {
      const date = this.date();
      if (date !== undefined) untracked(() => this.writeValue(date));
    });
  }

  /**
   * Looked up when first needed: the form directive on this element takes this component as its
   * value accessor and validator, so asking for it while being built would go round in a circle.
   */
  get ngControl(): NgControl | null {
    if (this.ngControlCache === undefined) this.ngControlCache = this.injector.get(NgControl, null, { self: true, optional: true });
    return this.ngControlCache;
  }

  get value(): string | null {
    return this.day ? this.day.toISODate() : this.emptyValue;
  }

  get empty(): boolean {
    return this.typedState() === 'empty';
  }

  get shouldLabelFloat(): boolean {
    return this.focused || !this.empty;
  }

  get required(): boolean {
    return this.ngControl?.control?.hasValidator(Validators.required) ?? false;
  }

  ngAfterViewInit(): void {
    this.pickerInput().value = this.day;
  }

  ngDoCheck(): void {
    const control = this.ngControl?.control ?? null;
    const errorState = control ? this.errorMatcher.isErrorState(control, this.parentForm) : this.touchedWithoutForm && this.typedState() === 'not-a-date';
    this.invalid.set(control ? control.invalid : this.typedState() === 'not-a-date');
    if (errorState !== this.errorState) {
      this.errorState = errorState;
      this.stateChanges.next();
    }
  }

  ngOnDestroy(): void {
    this.stateChanges.complete();
  }

  writeValue(value: unknown): void {
    this.emptyValue = value === null || value === undefined ? null : '';
    const day = typeof value === 'string' && value !== '' ? this.dateOf(value) : null;
    this.day = day;
    this.typedState.set(day ? 'date' : 'empty');
    // Before the first render the text box is not there yet; ngAfterViewInit shows the day then.
    if (this.pickerInputReady()) this.pickerInput().value = day;
    this.stateChanges.next();
  }

  registerOnChange(fn: (value: string | null) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  registerOnValidatorChange(fn: () => void): void {
    this.validatorChanged = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled = disabled;
    this.stateChanges.next();
  }

  validate(control: AbstractControl): ValidationErrors | null {
    if (this.typedState() === 'not-a-date') {
      return { dateInvalid: $localize`:@@shared.dateField.invalid:Enter the date as ${this.placeholder}:pattern:, or pick it from the calendar.` };
    }
    const value: unknown = control.value;
    if (typeof value !== 'string' || value === '') return null;
    // ISO days sort as text.
    if (value < this.minDay()) return { dateMin: $localize`:@@shared.dateField.min:Choose ${this.spelledOut(this.minDay())}:day: or later.` };
    if (value > this.maxDay()) return { dateMax: $localize`:@@shared.dateField.max:Choose ${this.spelledOut(this.maxDay())}:day: or earlier.` };
    return null;
  }

  setDescribedByIds(ids: string[]): void {
    this.describedBy.set(ids.join(' '));
  }

  onContainerClick(event: MouseEvent): void {
    if ((event.target as Element | null)?.closest('.crm-date-toggle')) return;
    this.textBox().focus();
  }

  protected typed(): void {
    const text = this.textBox().value;
    const parsed = this.adapter.parse(text, this.formats.parse.dateInput);
    this.settle(text, parsed);
  }

  /** A day picked from the calendar, or the text box's change event (Enter, or leaving it). */
  protected chosen(event: MatDatepickerInputEvent<DateTime>): void {
    this.settle(this.textBox().value, event.value);
    if (this.day) {
      this.dateChange.emit(this.day.toISODate() as string);
    } else if (!this.ngControl && this.date() !== undefined) {
      // Without a form nobody could say what is wrong: an emptied or half-typed day goes back to the given one.
      this.writeValue(this.date());
    }
  }

  protected focusChanged(focused: boolean): void {
    this.focused = focused;
    if (!focused) this.touched();
    this.stateChanges.next();
  }

  protected touched(): void {
    this.touchedWithoutForm = true;
    this.onTouched();
  }

  private settle(text: string, parsed: DateTime | null): void {
    const day = parsed && this.adapter.isValid(parsed) ? parsed : null;
    this.typedState.set(text.trim() === '' ? 'empty' : day ? 'date' : 'not-a-date');
    this.day = day;
    // Also when the value stays '' (text that is still no date): the form validates again.
    this.onChange(this.value);
    this.stateChanges.next();
  }

  private dateOf(isoDay: string): DateTime | null {
    return this.adapter.getValidDateOrNull(this.adapter.deserialize(isoDay));
  }

  /** "5 March 2026" in en-GB, "March 5, 2026" in en-US: never ambiguous. */
  private spelledOut(isoDay: string): string {
    const day = this.dateOf(isoDay);
    return day ? this.adapter.format(day, this.formats.display.dateA11yLabel) : isoDay;
  }

  private textBox(): HTMLInputElement {
    return this.host.nativeElement.querySelector('input') as HTMLInputElement;
  }

  private pickerInputReady(): boolean {
    return this.host.nativeElement.querySelector('input') !== null;
  }
}
