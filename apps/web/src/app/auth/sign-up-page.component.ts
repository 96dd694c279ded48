import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';

import { SignUpGQL } from '@crm/graphql-client';

import { fieldErrorMessage, focusFirstInvalidField, showServerErrors } from '../shared/forms/form-errors';
import { ErrorBannerComponent } from '../shared/ui/error-banner.component';

/** The API's own minimum, repeated here so the user hears about it before sending the form. */
const MIN_PASSWORD_LENGTH = 10;

@Component({
  selector: 'crm-sign-up-page',
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
  templateUrl: './sign-up-page.component.html',
  styleUrl: './auth-page.scss',
})
export class SignUpPageComponent {
  private readonly signUpGQL = inject(SignUpGQL);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', Validators.required],
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
  });
  protected readonly submitting = signal(false);
  protected readonly banner = signal<string | null>(null);
  /** The address the confirmation link went to, once the API took the sign-up. */
  protected readonly sentTo = signal<string | null>(null);

  protected nameError(): string | null {
    return fieldErrorMessage(this.form.controls.name, { required: $localize`:@@auth.signUp.nameRequired:Enter your name.` });
  }

  protected emailError(): string | null {
    return fieldErrorMessage(this.form.controls.email, {
      required: $localize`:@@auth.signUp.emailRequired:Enter your email address.`,
      email: $localize`:@@auth.signUp.emailInvalid:Enter a valid email address, like name@company.com.`,
    });
  }

  protected passwordError(): string | null {
    return fieldErrorMessage(this.form.controls.password, {
      required: $localize`:@@auth.signUp.passwordRequired:Choose a password.`,
      minlength: $localize`:@@auth.signUp.passwordTooShort:Password must be at least ${MIN_PASSWORD_LENGTH}:count: characters.`,
    });
  }

  protected submit(): void {
    this.banner.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const { name, email, password } = this.form.getRawValue();
    this.submitting.set(true);
    this.signUpGQL.mutate({ variables: { input: { name: name.trim(), email: email.trim(), password } } }).subscribe({
      next: ({ data }) => {
        this.submitting.set(false);
        // The answer is the same for every address, so the page says the same to everyone.
        if (data?.signUp) this.sentTo.set(email.trim());
      },
      error: (error: unknown) => {
        this.banner.set(showServerErrors(this.form, error));
        this.submitting.set(false);
        afterNextRender(() => focusFirstInvalidField(this.host.nativeElement), { injector: this.injector });
      },
    });
  }
}
