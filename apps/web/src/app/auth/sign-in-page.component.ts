import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';

import { SignInGQL, SsoSignInGQL, SsoSignInQuery } from '@crm/graphql-client';

import { fieldErrorMessage, focusFirstInvalidField, showServerErrors } from '../shared/forms/form-errors';
import { errorWithCode } from '../shared/graphql/graphql-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';
import { safeReturnUrl } from './auth.guards';
import { AuthStore } from './auth.store';
import { ssoFailureMessage } from './sso-failure';
import { rememberSsoReturnUrl } from './sso-return';

@Component({
  selector: 'crm-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorBannerComponent,
  ],
  templateUrl: './sign-in-page.component.html',
  styleUrl: './auth-page.scss',
})
export class SignInPageComponent {
  /** Set from the query string by the router when a signed-in page sent the visitor here. */
  readonly returnUrl = input<string>();
  readonly reason = input<string>();
  /** `?organisation=<slug>`: the address an admin shares, with the organisation's single sign-on button. */
  readonly organisation = input<string>();
  /** `?ssoError=CODE`: single sign-on sent the visitor back without a session. */
  readonly ssoError = input<string>();

  private readonly ssoSignInGQL = inject(SsoSignInGQL);

  private readonly signInGQL = inject(SignInGQL);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly banner = signal<string | null>(null);
  protected readonly notice = computed(() =>
    this.reason() === 'session-expired' ? $localize`:@@auth.signIn.sessionEnded:Your session has ended. Sign in again to carry on where you left off.` : null,
  );
  protected readonly ssoFailure = computed(() => ssoFailureMessage(this.ssoError()));
  protected readonly sso = signal<SsoSignInQuery['ssoSignIn'] | null>(null);
  protected readonly ssoLoading = signal(false);

  constructor() {
    effect(() => this.loadSso(this.organisation()));
  }

  private loadSso(slug: string | undefined): void {
    this.sso.set(null);
    if (!slug) return;
    this.ssoLoading.set(true);
    // An organisation without single sign-on (NOT_FOUND) simply shows the password form.
    this.ssoSignInGQL.fetch({ variables: { organisation: slug }, fetchPolicy: 'network-only', errorPolicy: 'all' }).subscribe({
      next: ({ data }) => {
        this.sso.set(data?.ssoSignIn ?? null);
        this.ssoLoading.set(false);
      },
      error: () => this.ssoLoading.set(false),
    });
  }

  protected leavingForProvider(): void {
    rememberSsoReturnUrl(safeReturnUrl(this.returnUrl()));
  }

  protected emailError(): string | null {
    return fieldErrorMessage(this.form.controls.email, {
      required: $localize`:@@auth.signIn.emailRequired:Enter your email address.`,
      email: $localize`:@@auth.signIn.emailInvalid:Enter a valid email address, like name@company.com.`,
    });
  }

  protected passwordError(): string | null {
    return fieldErrorMessage(this.form.controls.password, { required: $localize`:@@auth.signIn.passwordRequired:Enter your password.` });
  }

  protected submit(): void {
    this.banner.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.submitting.set(true);
    this.signInGQL.mutate({ variables: { input: { email: email.trim(), password } } }).subscribe({
      next: ({ data }) => {
        if (!data) {
          this.submitting.set(false);
          return;
        }
        this.auth.signedIn(data.signIn);
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      },
      error: (error: unknown) => {
        const refusal = errorWithCode(error, 'INVALID_STATE')?.extensions;
        if (refusal?.['state'] === 'SSO_REQUIRED' && typeof refusal['organisationSlug'] === 'string') {
          // Show the organisation's own button instead of a dead end.
          this.banner.set($localize`:@@auth.signIn.ssoRequired:Your organisation signs in through its identity provider. Use the button below.`);
          void this.router.navigate([], { queryParams: { organisation: refusal['organisationSlug'] }, queryParamsHandling: 'merge' });
        } else {
          this.banner.set(showServerErrors(this.form, error));
        }
        this.submitting.set(false);
        afterNextRender(() => focusFirstInvalidField(this.host.nativeElement), { injector: this.injector });
      },
    });
  }
}
