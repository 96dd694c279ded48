import { ChangeDetectionStrategy, Component, computed, effect, forwardRef, input, signal, viewChild } from '@angular/core';
import { AbstractControl, ControlValueAccessor, NG_VALIDATORS, NG_VALUE_ACCESSOR, ValidationErrors, Validator } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput, MatInputModule } from '@angular/material/input';

import { searchTimeZones, timeZoneGroups, TimeZoneGroup, type TimeZoneRegion, zoneOfText } from '@crm/domain';

/** The zones the runtime knows, read once: the list is the same for every field. */
const RUNTIME_ZONES: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/**
 * The regions' names as the list heads its groups. The domain keys groups by IANA's English region
 * (what ids start with, and what typing "europe" finds); only the heading is the reader's language.
 */
export const REGION_NAMES: Readonly<Record<TimeZoneRegion, string>> = {
  UTC: $localize`:@@shared.timeZone.region.utc:UTC`,
  Europe: $localize`:@@shared.timeZone.region.europe:Europe`,
  America: $localize`:@@shared.timeZone.region.america:Americas`,
  Asia: $localize`:@@shared.timeZone.region.asia:Asia`,
  Africa: $localize`:@@shared.timeZone.region.africa:Africa`,
  Australia: $localize`:@@shared.timeZone.region.australia:Australia`,
  Pacific: $localize`:@@shared.timeZone.region.pacific:Pacific`,
  Atlantic: $localize`:@@shared.timeZone.region.atlantic:Atlantic`,
  Indian: $localize`:@@shared.timeZone.region.indian:Indian Ocean`,
  Antarctica: $localize`:@@shared.timeZone.region.antarctica:Antarctica`,
  Arctic: $localize`:@@shared.timeZone.region.arctic:Arctic`,
};

/** UTC's name in the reader's language; the domain's English label is what API users and stored texts see. */
export const UTC_LABEL = $localize`:@@shared.timeZone.utcLabel:UTC (Coordinated Universal Time)`;

/**
 * The groups with UTC labelled in the reader's language. Its id and city stay "UTC", so typing
 * "utc" still finds it whatever the label says.
 */
export function withReaderLabels(groups: TimeZoneGroup[], utcLabel: string = UTC_LABEL): TimeZoneGroup[] {
  return groups.map((group) => ({ ...group, zones: group.zones.map((zone) => (zone.id === 'UTC' ? { ...zone, label: utcLabel } : zone)) }));
}

/** Lower case without accents, so "azie" finds "Azië". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
}

/**
 * The region whose name in the reader's language starts with what was typed ("europa", "stille"),
 * when that name is not the English one the domain's search already knows; null otherwise.
 */
export function regionNamedBy(query: string): TimeZoneRegion | null {
  const text = folded(query);
  if (text.length < 2) return null;
  const regions = Object.keys(REGION_NAMES) as TimeZoneRegion[];
  return regions.find((region) => folded(REGION_NAMES[region]).startsWith(text) && !folded(region).startsWith(text)) ?? null;
}

/**
 * The one time-zone picker (profile, training sessions, …): type a city, a region or an offset
 * ("amst", "asia", "+5:30") and pick from the current IANA zones grouped by region, each shown as
 * "Amsterdam (UTC+01:00)". Keyboard: arrows move through the list, Enter picks, Escape closes.
 * Its form value is the IANA id ("Europe/Amsterdam"); text that names no zone is invalid
 * (`unknownZone`), never saved as typed. The list and the search are `@crm/domain`'s rule.
 */
@Component({
  selector: 'crm-time-zone-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatAutocompleteModule, MatFormFieldModule, MatInputModule],
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => TimeZoneFieldComponent), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => TimeZoneFieldComponent), multi: true },
  ],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="zone-field">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="text"
        autocomplete="off"
        spellcheck="false"
        [value]="text()"
        [disabled]="disabled()"
        [matAutocomplete]="zones"
        [errorStateMatcher]="errorState"
        [attr.data-testid]="testId()"
        (input)="typed($any($event.target).value)"
        (focus)="focused.set(true)"
        (blur)="left()"
      />
      <mat-autocomplete #zones="matAutocomplete" [displayWith]="displayZone" (optionSelected)="picked($event)" [hideSingleSelectionIndicator]="true" class="crm-time-zone-panel">
        @for (group of shown(); track group.region) {
          <mat-optgroup [label]="regionNames[group.region]">
            @for (zone of group.zones; track zone.id) {
              <mat-option [value]="zone.id" [attr.data-zone]="zone.id">{{ zone.label }}</mat-option>
            }
          </mat-optgroup>
        } @empty {
          <mat-option disabled [value]="null">{{ noMatch() }}</mat-option>
        }
      </mat-autocomplete>
      @if (hint(); as text) {
        <mat-hint>{{ text }}</mat-hint>
      }
      @if (error(); as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .zone-field {
      width: 100%;
    }
  `,
})
export class TimeZoneFieldComponent implements ControlValueAccessor, Validator {
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  /** The message to show under the field; the field shows itself invalid while there is one. */
  readonly error = input<string | null>(null);
  /** What the list says when nothing matches the typed text. */
  readonly noMatch = input($localize`:@@shared.timeZone.noMatch:No time zone matches. Try a city, a region or an offset such as +01:00.`);
  readonly testId = input<string | null>(null);

  /** The list is made when the field opens, so the offsets are today's. */
  private readonly groups = signal<TimeZoneGroup[]>(withReaderLabels(timeZoneGroups(RUNTIME_ZONES, new Date())));
  private readonly query = signal('');
  protected readonly text = signal('');
  protected readonly disabled = signal(false);
  private zoneId = '';
  private onChange: (value: string) => void = () => undefined;
  private onTouched: () => void = () => undefined;
  private onValidatorChange: () => void = () => undefined;

  protected readonly regionNames = REGION_NAMES;
  /** What the domain's search finds, and a region typed in the reader's language with all its zones. */
  protected readonly shown = computed(() => {
    const found = searchTimeZones(this.groups(), this.query());
    const region = regionNamedBy(this.query());
    if (!region) return found;
    const byRegion = new Map(found.map((group) => [group.region, group]));
    return this.groups().flatMap((group) => (group.region === region ? [group] : (byRegion.get(group.region) ?? [])));
  });
  /** What the box reads once a zone is picked: its label, not its id. */
  protected readonly displayZone = (id: string | null): string => this.labelOf(id ?? '');
  /** Not red while someone is still typing a city: the message shows once they leave the field. */
  protected readonly focused = signal(false);
  protected readonly errorState: ErrorStateMatcher = { isErrorState: () => this.error() !== null && !this.focused() };
  private readonly box = viewChild.required(MatInput);

  constructor() {
    // A matInput without a form control of its own never asks its matcher again: tell it when the message changes.
    effect(() => {
      this.error();
      this.focused();
      this.box().updateErrorState();
    });
  }

  writeValue(value: string | null): void {
    this.zoneId = value ?? '';
    if (this.zoneId) this.groups.set(withReaderLabels(timeZoneGroups(RUNTIME_ZONES, new Date(), this.zoneId)));
    this.text.set(this.labelOf(this.zoneId));
    this.query.set('');
  }
  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }
  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }
  registerOnValidatorChange(fn: () => void): void {
    this.onValidatorChange = fn;
  }
  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  validate(_control: AbstractControl): ValidationErrors | null {
    const text = this.text().trim();
    return text !== '' && text !== this.labelOf(this.zoneId) && zoneOfText(this.groups(), text) === null ? { unknownZone: true } : null;
  }

  protected typed(text: string): void {
    this.text.set(text);
    this.query.set(text);
    const exact = zoneOfText(this.groups(), text);
    this.zoneId = exact?.id ?? '';
    this.onChange(text.trim() === '' ? '' : (exact?.id ?? text));
    this.onValidatorChange();
  }

  protected picked(event: MatAutocompleteSelectedEvent): void {
    const id = String(event.option.value);
    this.zoneId = id;
    this.text.set(this.labelOf(id));
    this.query.set('');
    this.onChange(id);
    this.onValidatorChange();
  }

  protected left(): void {
    this.focused.set(false);
    this.onTouched();
  }

  private labelOf(id: string): string {
    return id ? (zoneOfText(this.groups(), id)?.label ?? id) : '';
  }
}
