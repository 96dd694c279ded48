import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';

import { describe, expect, it } from 'vitest';

import { USER_LOCALE } from '../dates/locale';
import { DateFieldComponent } from './date-field.component';
import { fieldErrorMessage } from './form-errors';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, DateFieldComponent],
  template: `
    <form [formGroup]="form">
      <mat-form-field appearance="outline">
        <mat-label>Due date</mat-label>
        <crm-date-field formControlName="due" testId="due" [min]="min()" [max]="max()" />
        @if (error(); as message) {
          <mat-error data-testid="error">{{ message }}</mat-error>
        }
      </mat-form-field>
    </form>
  `,
})
class DueDateFormComponent {
  readonly form = new FormGroup({ due: new FormControl<string | null>('', Validators.required) });
  readonly min = signal<string | null>(null);
  readonly max = signal<string | null>(null);

  error(): string | null {
    return fieldErrorMessage(this.form.controls.due, { required: 'Choose the due date.' });
  }
}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormFieldModule, DateFieldComponent],
  template: `
    <mat-form-field>
      <mat-label>Go-live</mat-label>
      <crm-date-field testId="go-live" [date]="saved()" (dateChange)="chosen.push($event)" />
    </mat-form-field>
  `,
})
class GoLiveComponent {
  readonly saved = signal('2026-06-01');
  readonly chosen: string[] = [];
}

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function setUp(locale: string): void {
  TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), { provide: USER_LOCALE, useValue: locale }] });
}

describe('DateFieldComponent in a form', () => {
  let fixture: ComponentFixture<DueDateFormComponent>;

  async function open(locale: string, value: string | null = ''): Promise<void> {
    setUp(locale);
    fixture = TestBed.createComponent(DueDateFormComponent);
    fixture.componentInstance.form.setValue({ due: value });
    await settle();
  }

  async function settle(): Promise<void> {
    await wait();
    await fixture.whenStable();
  }

  function box(): HTMLInputElement {
    return (fixture.nativeElement as HTMLElement).querySelector('[data-testid="due"]') as HTMLInputElement;
  }

  async function type(text: string): Promise<void> {
    box().dispatchEvent(new Event('focus'));
    box().value = text;
    box().dispatchEvent(new Event('input'));
    box().dispatchEvent(new Event('change'));
    box().dispatchEvent(new Event('blur'));
    await settle();
  }

  function due(): FormControl<string | null> {
    return fixture.componentInstance.form.controls.due;
  }

  function shownError(): string | null {
    return (fixture.nativeElement as HTMLElement).querySelector('[data-testid="error"]')?.textContent?.trim() ?? null;
  }

  it.each([
    ['en-GB', '05/03/2026'],
    ['en-US', '3/5/2026'],
    ['nl-NL', '5-3-2026'],
  ])('shows 2026-03-05 the way %s writes it: %s', async (locale, shown) => {
    await open(locale, '2026-03-05');

    expect(box().value).toBe(shown);
    expect(due().value).toBe('2026-03-05');
  });

  it.each([
    ['en-GB', '24/12/2026'],
    ['en-US', '12/24/2026'],
    ['nl-NL', '24-12-2026'],
    ['en-GB', '24/12/26'],
    ['en-US', '2026-12-24'],
  ])('reads a date typed the %s way (%s) as the ISO day the API takes', async (locale, typed) => {
    await open(locale);

    await type(typed);

    expect(due().value).toBe('2026-12-24');
    expect(due().valid).toBe(true);
    expect(shownError()).toBeNull();
  });

  it('tells the user how to type a date when the text is not one, and holds no value meanwhile', async () => {
    await open('en-GB', '2026-03-05');

    await type('31/02/2026');

    expect(due().value).toBe('');
    expect(due().hasError('dateInvalid')).toBe(true);
    expect(shownError()).toBe('Enter the date as dd/mm/yyyy, or pick it from the calendar.');
    expect(box().getAttribute('aria-invalid')).toBe('true');

    await type('1/3/2026');
    expect(due().value).toBe('2026-03-01');
    expect(shownError()).toBeNull();
  });

  it('words the hint in the user’s format: mm/dd/yyyy in en-US, dd-mm-yyyy in nl-NL', async () => {
    await open('en-US');
    await type('next friday');
    expect(shownError()).toBe('Enter the date as mm/dd/yyyy, or pick it from the calendar.');

    TestBed.resetTestingModule();
    await open('nl-NL');
    await type('5/3/2026');
    expect(shownError()).toBe('Enter the date as dd-mm-yyyy, or pick it from the calendar.');
  });

  it('does not take half of an ISO date for the first of January', async () => {
    await open('en-GB');

    await type('2026');

    expect(due().value).toBe('');
    expect(due().hasError('dateInvalid')).toBe(true);
  });

  it('refuses a day before min or after max, naming the bound unambiguously', async () => {
    await open('en-GB', '2026-02-27');
    fixture.componentInstance.min.set('2026-03-01');
    fixture.componentInstance.max.set('2026-03-31');
    await settle();
    due().markAsTouched();
    await settle();

    expect(due().hasError('dateMin')).toBe(true);
    expect(shownError()).toBe('Choose 1 March 2026 or later.');

    await type('01/04/2026');
    expect(due().value).toBe('2026-04-01');
    expect(shownError()).toBe('Choose 31 March 2026 or earlier.');

    await type('31/03/2026');
    expect(due().valid).toBe(true);
  });

  it('keeps the years the API accepts by default', async () => {
    await open('en-US');

    await type('3/5/1850');

    expect(shownError()).toBe('Choose January 1, 1900 or later.');
  });

  it('leaves an emptied field empty the way the form started: "" or null', async () => {
    await open('en-GB', '2026-03-05');
    await type('');
    expect(due().value).toBe('');
    expect(shownError()).toBe('Choose the due date.');

    TestBed.resetTestingModule();
    await open('en-GB', null);
    await type('05/03/2026');
    await type('');
    expect(due().value).toBeNull();
  });

  it('takes a day picked from the calendar', async () => {
    await open('en-GB', '2026-03-05');

    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="due-calendar"] button')?.click();
    await settle();
    const cell = [...document.querySelectorAll<HTMLElement>('.mat-calendar-body-cell')].find(
      (candidate) => candidate.textContent?.trim() === '20',
    );
    expect(cell?.getAttribute('aria-label')).toBe('20 March 2026');
    cell?.click();
    await settle();

    expect(due().value).toBe('2026-03-20');
    expect(box().value).toBe('20/03/2026');
  });

  it('greys out the days outside min and max in the calendar', async () => {
    await open('en-GB', '2026-03-15');
    fixture.componentInstance.min.set('2026-03-10');
    await settle();

    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="due-calendar"] button')?.click();
    await settle();
    const day = (n: string) =>
      [...document.querySelectorAll<HTMLElement>('.mat-calendar-body-cell')].find((cell) => cell.textContent?.trim() === n);

    expect(day('9')?.getAttribute('aria-disabled')).toBe('true');
    expect(day('10')?.getAttribute('aria-disabled')).toBeNull();
  });

  it('follows the form when it disables the field', async () => {
    await open('en-GB', '2026-03-05');

    due().disable();
    await settle();

    expect(box().disabled).toBe(true);
  });
});

describe('DateFieldComponent without a form', () => {
  it('shows the given day, reports a chosen one, and puts the given one back over text that is no date', async () => {
    setUp('en-GB');
    const fixture = TestBed.createComponent(GoLiveComponent);
    await fixture.whenStable();
    const box = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="go-live"]') as HTMLInputElement;
    expect(box.value).toBe('01/06/2026');

    box.value = '15/06/2026';
    box.dispatchEvent(new Event('input'));
    box.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(fixture.componentInstance.chosen).toEqual(['2026-06-15']);

    box.value = '15/13/2026';
    box.dispatchEvent(new Event('input'));
    box.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(fixture.componentInstance.chosen).toEqual(['2026-06-15']);
    expect(box.value).toBe('01/06/2026');
  });
});
