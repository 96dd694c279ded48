import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';

import { currentZoneId, type Language, LANGUAGE_NAMES, LANGUAGES } from '@crm/domain';
import { ChangePasswordGQL, MyProfileGQL, MyProfileQuery, SignOutEverywhereGQL, UpdateProfileGQL } from '@crm/graphql-client';

import { AuthStore } from '../auth/auth.store';
import { MIN_PASSWORD_LENGTH, sameAs } from '../auth/reset-password-page.component';
import { SignOutService } from '../auth/sign-out.service';
import { fieldErrorMessage, focusFirstInvalidField, showServerErrors } from '../shared/forms/form-errors';
import { userMessageOf } from '../shared/graphql/graphql-errors';
import { NotificationPreferencesCardComponent } from '../notifications/notification-preferences-card.component';
import { confirmAction } from '../shared/ui/confirm-dialog.component';
import { browserTimeZone } from '../shared/format/user-time-zone';
import { TimeZoneFieldComponent } from '../shared/time-zones/time-zone-field.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { LoadingStateComponent } from '../shared/ui/loading-state.component';

type Profile = MyProfileQuery['me'];

/** Each language in its own name; the code is what is stored, '' follows the browser. */
const LANGUAGE_CHOICES: readonly { code: Language; name: string }[] = LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }));

@Component({
  selector: 'crm-profile-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
    LoadingStateComponent,
    NotificationPreferencesCardComponent,
    TimeZoneFieldComponent,
  ],
  template: `
    <div class="profile-page">
      <h1 i18n="@@profile.page.heading">Profile</h1>
      @if (loadError(); as message) {
        <crm-error-banner [message]="message" testId="profile-load-error" />
      } @else if (!profile()) {
        <crm-loading-state label="Loading your profile…" i18n-label="@@profile.page.loading" testId="profile-loading" />
      } @else {
        <mat-card appearance="outlined">
          <h2 i18n="@@profile.details.heading">About you</h2>
          <p class="muted" i18n="@@profile.details.signedInAs">Signed in as {{ profile()?.email }}</p>
          @if (detailsBanner(); as message) {
            <crm-error-banner [message]="message" />
          }
          <form [formGroup]="details" (ngSubmit)="saveDetails()" novalidate>
            <mat-form-field appearance="outline">
              <mat-label i18n="@@profile.details.name">Name</mat-label>
              <input matInput formControlName="name" autocomplete="name" data-testid="profile-name" />
              @if (nameError(); as message) {
                <mat-error>{{ message }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label i18n="@@profile.details.language">Language</mat-label>
              <mat-select formControlName="locale" data-testid="profile-locale">
                <mat-option value="" i18n="@@profile.language.browser">As my browser asks</mat-option>
                @for (language of languages; track language.code) {
                  <mat-option [value]="language.code" [attr.lang]="language.code">{{ language.name }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <crm-time-zone-field formControlName="timeZone" label="Time zone" i18n-label="@@profile.details.timeZone" [error]="timeZoneError()" testId="profile-time-zone" />
            <button mat-flat-button type="submit" data-testid="profile-save" [disabled]="savingDetails()">
              @if (savingDetails()) {
                <ng-container i18n="@@profile.details.saving">Saving…</ng-container>
              } @else {
                <ng-container i18n="@@profile.details.save">Save</ng-container>
              }
            </button>
          </form>
        </mat-card>

        <mat-card appearance="outlined">
          <h2 i18n="@@profile.password.heading">Password</h2>
          <p class="muted" i18n="@@profile.password.lead">Changing it signs out your other sessions; this one stays signed in.</p>
          @if (passwordBanner(); as message) {
            <crm-error-banner [message]="message" />
          }
          <form [formGroup]="password" (ngSubmit)="changePassword()" novalidate>
            <mat-form-field appearance="outline">
              <mat-label i18n="@@profile.password.current">Current password</mat-label>
              <input matInput type="password" formControlName="currentPassword" autocomplete="current-password" data-testid="password-current" />
              @if (currentError(); as message) {
                <mat-error>{{ message }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label i18n="@@profile.password.new">New password</mat-label>
              <input matInput type="password" formControlName="newPassword" autocomplete="new-password" data-testid="password-new" />
              <mat-hint i18n="@@profile.password.hint">At least {{ minPasswordLength }} characters.</mat-hint>
              @if (newError(); as message) {
                <mat-error>{{ message }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label i18n="@@profile.password.repeat">Repeat the new password</mat-label>
              <input matInput type="password" formControlName="repeat" autocomplete="new-password" data-testid="password-repeat" />
              @if (repeatError(); as message) {
                <mat-error>{{ message }}</mat-error>
              }
            </mat-form-field>
            <button mat-flat-button type="submit" data-testid="password-save" [disabled]="changingPassword()">
              @if (changingPassword()) {
                <ng-container i18n="@@profile.password.changing">Changing…</ng-container>
              } @else {
                <ng-container i18n="@@profile.password.change">Change password</ng-container>
              }
            </button>
          </form>
        </mat-card>

        <crm-notification-preferences-card />

        <mat-card appearance="outlined">
          <h2 i18n="@@profile.sessions.heading">Sessions</h2>
          <p i18n="@@profile.sessions.lead">Lost a laptop or signed in on a shared computer? Sign out on every device, this one included.</p>
          <button mat-stroked-button type="button" data-testid="sign-out-everywhere" (click)="signOutEverywhere()" i18n="@@profile.sessions.signOutEverywhere">
            Sign out everywhere
          </button>
        </mat-card>
      }
    </div>
  `,
  styles: `
    .profile-page {
      display: flex;
      flex-direction: column;
      gap: 16px;
      max-width: 640px;
      margin: 0 auto;
      padding: 24px 16px;
    }
    h1 {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
    mat-card {
      padding: 16px 24px 24px;
    }
    h2 {
      font: var(--mat-sys-title-medium);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    form {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    button[type='submit'] {
      align-self: flex-start;
      margin-top: 8px;
    }
  `,
})
export class ProfilePageComponent {
  private readonly profileGQL = inject(MyProfileGQL);
  private readonly updateProfileGQL = inject(UpdateProfileGQL);
  private readonly changePasswordGQL = inject(ChangePasswordGQL);
  private readonly signOutEverywhereGQL = inject(SignOutEverywhereGQL);
  private readonly auth = inject(AuthStore);
  private readonly signOutService = inject(SignOutService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly languages = LANGUAGE_CHOICES;
  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;
  protected readonly profile = signal<Profile | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly savingDetails = signal(false);
  protected readonly changingPassword = signal(false);
  protected readonly detailsBanner = signal<string | null>(null);
  protected readonly passwordBanner = signal<string | null>(null);

  protected readonly details = this.fb.group({
    name: ['', Validators.required],
    locale: [''],
    timeZone: ['', Validators.required],
  });
  protected readonly password = this.fb.group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
    repeat: ['', [Validators.required, sameAs('newPassword')]],
  });

  constructor() {
    this.profileGQL.fetch({ fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => data && this.show(data.me),
      error: (error: unknown) => this.loadError.set(userMessageOf(error)),
    });
  }

  private show(profile: Profile): void {
    this.profile.set(profile);
    this.details.reset({
      name: profile.name,
      locale: profile.locale ?? '',
      timeZone: profile.timeZone ? currentZoneId(profile.timeZone) : browserTimeZone(),
    });
    // Times everywhere follow the profile's zone: keep the session's copy of it current.
    const session = this.auth.user();
    const token = this.auth.token();
    if (session && token && (session.timeZone ?? null) !== (profile.timeZone ?? null)) this.auth.signedIn({ token, user: { ...session, timeZone: profile.timeZone ?? null } });
  }

  protected nameError(): string | null {
    return fieldErrorMessage(this.details.controls.name, { required: $localize`:@@profile.details.nameRequired:Enter your name.` });
  }
  protected timeZoneError(): string | null {
    return fieldErrorMessage(this.details.controls.timeZone, {
      required: $localize`:@@profile.details.timeZoneRequired:Choose a time zone.`,
      unknownZone: $localize`:@@profile.details.timeZoneUnknown:Choose a time zone from the list.`,
    });
  }
  protected currentError(): string | null {
    return fieldErrorMessage(this.password.controls.currentPassword, { required: $localize`:@@profile.password.currentRequired:Enter your current password.` });
  }
  protected newError(): string | null {
    return fieldErrorMessage(this.password.controls.newPassword, {
      required: $localize`:@@profile.password.newRequired:Choose a new password.`,
      minlength: $localize`:@@profile.password.tooShort:Use at least ${MIN_PASSWORD_LENGTH}:count: characters.`,
    });
  }
  protected repeatError(): string | null {
    return fieldErrorMessage(this.password.controls.repeat, {
      required: $localize`:@@profile.password.repeatRequired:Type the new password again.`,
      mismatch: $localize`:@@profile.password.mismatch:The two passwords are not the same.`,
    });
  }

  protected saveDetails(): void {
    const current = this.profile();
    if (!current) return;
    this.detailsBanner.set(null);
    const { name, locale, timeZone } = this.details.getRawValue();
    if (this.details.invalid) {
      this.details.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.savingDetails.set(true);
    const input = { version: current.version ?? 0, name: name.trim(), locale, timeZone };
    this.updateProfileGQL.mutate({ variables: { input } }).subscribe({
      next: ({ data }) => {
        this.savingDetails.set(false);
        if (!data) return;
        this.show(data.updateProfile);
        const session = this.auth.user();
        const token = this.auth.token();
        if (session && token) {
          this.auth.signedIn({ token, user: { ...session, name: data.updateProfile.name, locale: data.updateProfile.locale, timeZone: data.updateProfile.timeZone ?? null } });
        }
        this.snackBar.open($localize`:@@profile.details.saved:Profile saved.`, undefined, { duration: 4000 });
      },
      error: (error: unknown) => {
        this.savingDetails.set(false);
        this.detailsBanner.set(showServerErrors(this.details, error));
      },
    });
  }

  protected changePassword(): void {
    this.passwordBanner.set(null);
    this.password.controls.repeat.updateValueAndValidity();
    if (this.password.invalid) {
      this.password.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const { currentPassword, newPassword } = this.password.getRawValue();
    this.changingPassword.set(true);
    this.changePasswordGQL.mutate({ variables: { input: { currentPassword, newPassword } } }).subscribe({
      next: ({ data }) => {
        this.changingPassword.set(false);
        if (!data) return;
        // The old token is dead now: the new one keeps this browser signed in.
        this.auth.signedIn(data.changePassword);
        this.password.reset();
        this.snackBar.open($localize`:@@profile.password.changed:Password changed. Your other sessions have been signed out.`, undefined, { duration: 5000 });
      },
      error: (error: unknown) => {
        this.changingPassword.set(false);
        this.passwordBanner.set(showServerErrors(this.password, error));
      },
    });
  }

  protected signOutEverywhere(): void {
    confirmAction(this.dialog, {
      title: $localize`:@@profile.sessions.confirmTitle:Sign out everywhere?`,
      message: $localize`:@@profile.sessions.confirmMessage:Every session of your account ends, on every device, including this one. You will need to sign in again.`,
      confirmLabel: $localize`:@@profile.sessions.confirm:Sign out everywhere`,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.signOutEverywhereGQL.mutate({}).subscribe({
        next: () => void this.signOutService.signOut(),
        error: (error: unknown) => this.snackBar.open(userMessageOf(error), $localize`:@@profile.sessions.dismiss:Dismiss`),
      });
    });
  }
}
