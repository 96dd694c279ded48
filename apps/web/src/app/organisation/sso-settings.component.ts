import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';

import { ConfigureSsoGQL, OrganisationSsoGQL, OrganisationSsoQuery, RemoveSsoGQL } from '@crm/graphql-client';

import { fieldErrorMessage, focusFirstInvalidField, showServerErrors } from '../shared/forms/form-errors';
import { errorWithCode, userMessageOf } from '../shared/graphql/graphql-errors';
import { confirmAction } from '../shared/ui/confirm-dialog.component';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { LoadingStateComponent } from '../shared/ui/loading-state.component';
import { parseDomainList } from './sso-domains';

type SsoState = OrganisationSsoQuery['organisation'];

const STALE = $localize`:@@organisation.sso.stale:Someone changed the organisation since the page loaded. The form now shows what is saved; check it and save again.`;

const DISMISS = $localize`:@@organisation.sso.dismiss:Dismiss`;

/**
 * An admin connects the organisation to its identity provider (Microsoft Entra ID, Okta, Google
 * Workspace, …): what to register there, what to copy back here, and the address to share.
 */
@Component({
  selector: 'crm-sso-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatCardModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ErrorBannerComponent, LoadingStateComponent],
  template: `
    <mat-card appearance="outlined" data-testid="sso-settings">
      <h2 i18n="@@organisation.sso.title">Single sign-on</h2>
      @if (loadError(); as message) {
        <crm-error-banner [message]="message" />
        <button mat-stroked-button type="button" (click)="load()" i18n="@@organisation.sso.tryAgain">Try again</button>
      } @else if (state(); as current) {
        <p class="muted" i18n="@@organisation.sso.intro">
          Let your colleagues sign in with your company’s identity provider through OpenID Connect. Register this app
          there as a web application with the redirect address below, then copy its issuer, client id and secret here.
        </p>
        <p class="muted" i18n="@@organisation.sso.redirect">Redirect address: <code data-testid="sso-callback-url">{{ current.ssoRedirectUrl }}</code></p>
        @if (current.sso; as sso) {
          <p class="notice" role="status" data-testid="sso-on">
            <ng-container i18n="@@organisation.sso.on">Single sign-on is on. Share this sign-in address:</ng-container> <a [href]="sso.signInUrl">{{ sso.signInUrl }}</a>
            <button mat-button type="button" (click)="copy(sso.signInUrl)" i18n="@@organisation.sso.copy">Copy</button>
          </p>
        }
        @if (banner(); as message) {
          <crm-error-banner [message]="message" testId="sso-error" />
        }
        <form [formGroup]="form" (ngSubmit)="save()" novalidate>
          <mat-form-field appearance="outline">
            <mat-label i18n="@@organisation.sso.issuer">Issuer</mat-label>
            <input matInput formControlName="issuer" placeholder="https://login.microsoftonline.com/<tenant>/v2.0" data-testid="sso-issuer" />
            @if (error('issuer'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label i18n="@@organisation.sso.clientId">Client id</mat-label>
            <input matInput formControlName="clientId" data-testid="sso-client-id" />
            @if (error('clientId'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@organisation.sso.clientSecret">Client secret</mat-label>
            <input matInput type="password" formControlName="clientSecret" autocomplete="off" data-testid="sso-client-secret" />
            @if (current.sso) {
              <mat-hint i18n="@@organisation.sso.secretHint">Saved and never shown. Leave empty to keep it.</mat-hint>
            }
            @if (error('clientSecret'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label i18n="@@organisation.sso.domains">Allowed email domains</mat-label>
            <input matInput formControlName="allowedDomains" placeholder="northwind.com, northwind.eu" data-testid="sso-domains" />
            <mat-hint i18n="@@organisation.sso.domainsHint">People whose verified email is in one of these domains may sign in, and join on their first sign-in.</mat-hint>
            @if (error('allowedDomains'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-checkbox formControlName="passwordSignIn" data-testid="sso-password-sign-in" i18n="@@organisation.sso.passwordSignIn">
            Members may also sign in with their email and password
          </mat-checkbox>
          @if (!form.controls.passwordSignIn.value) {
            <p class="muted" i18n="@@organisation.sso.providerOnly">Everyone, administrators too, will sign in through the provider only. Try it in another browser first.</p>
          }
          <div class="actions">
            <button mat-flat-button type="submit" data-testid="sso-save" [disabled]="saving()">
              @if (saving()) {
                <ng-container i18n="@@organisation.sso.checking">Checking the provider…</ng-container>
              } @else if (current.sso) {
                <ng-container i18n="@@organisation.sso.save">Save</ng-container>
              } @else {
                <ng-container i18n="@@organisation.sso.turnOn">Turn on single sign-on</ng-container>
              }
            </button>
            @if (current.sso) {
              <button mat-stroked-button type="button" data-testid="sso-remove" [disabled]="saving()" (click)="remove()" i18n="@@organisation.sso.turnOff">Turn off</button>
            }
          </div>
        </form>
      } @else {
        <crm-loading-state label="Loading single sign-on…" i18n-label="@@organisation.sso.loading" testId="sso-loading" />
      }
    </mat-card>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      max-width: 640px;
    }
    mat-form-field[subscriptSizing='dynamic'] {
      margin-bottom: 16px;
    }
    .actions {
      display: flex;
      gap: 8px;
      margin-top: 12px;
    }
    code {
      word-break: break-all;
    }
  `,
})
export class SsoSettingsComponent {
  /** Single sign-on shares the organisation's version with its details: the page passes the one it holds. */
  readonly version = input.required<number>();
  readonly saved = output<number>();

  private readonly ssoGQL = inject(OrganisationSsoGQL);
  private readonly configureGQL = inject(ConfigureSsoGQL);
  private readonly removeGQL = inject(RemoveSsoGQL);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly state = signal<SsoState | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly banner = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    issuer: ['', Validators.required],
    clientId: ['', Validators.required],
    clientSecret: [''],
    allowedDomains: ['', Validators.required],
    passwordSignIn: [true],
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loadError.set(null);
    this.ssoGQL.fetch({ fetchPolicy: 'network-only' }).subscribe({
      next: ({ data }) => {
        if (!data) return;
        this.show(data.organisation);
        // After a CONFLICT the page's copy of the version is stale too.
        if (data.organisation.version !== this.version()) this.saved.emit(data.organisation.version);
      },
      error: (error: unknown) => this.loadError.set(userMessageOf(error)),
    });
  }

  protected error(field: keyof typeof this.form.controls): string | null {
    return fieldErrorMessage(this.form.controls[field], {
      required:
        field === 'allowedDomains'
          ? $localize`:@@organisation.sso.domainsRequired:Enter at least one email domain, such as northwind.com.`
          : $localize`:@@organisation.sso.fieldRequired:Fill this in.`,
    });
  }

  protected save(): void {
    this.banner.set(null);
    const current = this.state();
    if (!current) return;
    if (!current.sso && !this.form.controls.clientSecret.value.trim()) {
      this.form.controls.clientSecret.setErrors({ server: $localize`:@@organisation.sso.secretRequired:Enter the client secret the provider gave this app.` });
      this.form.controls.clientSecret.markAsTouched();
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.configureGQL
      .mutate({
        variables: {
          input: {
            version: this.version(),
            issuer: value.issuer.trim(),
            clientId: value.clientId.trim(),
            clientSecret: value.clientSecret.trim() || null,
            allowedDomains: parseDomainList(value.allowedDomains),
            passwordSignIn: value.passwordSignIn,
          },
        },
      })
      .subscribe({
        next: ({ data }) => {
          this.saving.set(false);
          if (!data) return;
          this.show(data.configureSso);
          this.saved.emit(data.configureSso.version);
          this.snackBar.open($localize`:@@organisation.sso.saved:Single sign-on saved. The provider answered.`, DISMISS, { duration: 5000 });
        },
        error: (error: unknown) => this.refused(error),
      });
  }

  protected remove(): void {
    confirmAction(this.dialog, {
      title: $localize`:@@organisation.sso.turnOffTitle:Turn off single sign-on?`,
      message: $localize`:@@organisation.sso.turnOffMessage:Members sign in with their email and password again. Those who only ever used single sign-on set a password with “Forgot your password?”.`,
      confirmLabel: $localize`:@@organisation.sso.turnOffConfirm:Turn off`,
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.saving.set(true);
      this.removeGQL.mutate({ variables: { input: { version: this.version() } } }).subscribe({
        next: ({ data }) => {
          this.saving.set(false);
          if (!data) return;
          this.show(data.removeSso);
          this.saved.emit(data.removeSso.version);
          this.snackBar.open($localize`:@@organisation.sso.off:Single sign-on is off.`, DISMISS, { duration: 5000 });
        },
        error: (error: unknown) => this.refused(error),
      });
    });
  }

  protected copy(text: string): void {
    void navigator.clipboard?.writeText(text).then(() => this.snackBar.open($localize`:@@organisation.sso.copied:Sign-in address copied.`, DISMISS, { duration: 3000 }));
  }

  private refused(error: unknown): void {
    this.saving.set(false);
    if (errorWithCode(error, 'CONFLICT')) {
      this.banner.set(STALE);
      this.load();
      return;
    }
    this.banner.set(showServerErrors(this.form, error));
    focusFirstInvalidField(this.host.nativeElement);
  }

  private show(organisation: SsoState): void {
    this.state.set(organisation);
    this.form.reset({
      issuer: organisation.sso?.issuer ?? '',
      clientId: organisation.sso?.clientId ?? '',
      clientSecret: '',
      allowedDomains: organisation.sso?.allowedDomains.join(', ') ?? '',
      passwordSignIn: organisation.passwordSignIn,
    });
  }
}
