import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { GraphQLError } from 'graphql';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ResetPasswordPageComponent } from './reset-password-page.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ResetPasswordPageComponent', () => {
  let fixture: ComponentFixture<ResetPasswordPageComponent>;
  let apollo: ApolloTestingController;
  const page = () => fixture.nativeElement as HTMLElement;

  function type(testId: string, value: string): void {
    const field = page().querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
    if (!field) throw new Error(`No field ${testId} on the page`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    page().querySelector<HTMLButtonElement>('[data-testid="reset-submit"]')?.click();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideRouter([])] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(ResetPasswordPageComponent);
    fixture.componentRef.setInput('token', 'tok');
    await fixture.whenStable();
  });

  afterEach(() => apollo.verify());

  it('refuses two different passwords without asking the server', async () => {
    type('reset-password', 'a-long-password');
    type('reset-repeat', 'another-password');
    await submit();

    expect(page().querySelector('[data-testid="error-repeat"]')?.textContent).toContain('not the same');
  });

  it('sends the token with the new password and then offers to sign in', async () => {
    type('reset-password', 'a-long-password');
    type('reset-repeat', 'a-long-password');
    await submit();

    const operation = apollo.expectOne('ResetPassword');
    expect(operation.operation.variables['input']).toEqual({ token: 'tok', password: 'a-long-password' });
    operation.flushData({ resetPassword: true });
    await wait();
    await fixture.whenStable();

    expect(page().querySelector('[data-testid="reset-done"]')?.textContent).toContain('Password changed');
  });

  it('says so when the link has expired, with a way to ask for a new one', async () => {
    type('reset-password', 'a-long-password');
    type('reset-repeat', 'a-long-password');
    await submit();

    apollo.expectOne('ResetPassword').graphqlErrors([
      new GraphQLError('This link has expired.', { extensions: { code: 'INVALID_STATE', state: 'LINK_EXPIRED' } }),
    ]);
    await wait();
    await fixture.whenStable();

    expect(page().querySelector('[data-testid="reset-link-problem"]')?.textContent).toContain('expired');
    expect(page().querySelector('a[href="/forgot-password"]')).not.toBeNull();
  });
});
