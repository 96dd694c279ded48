import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { GraphQLError } from 'graphql';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { AuthStore } from './auth.store';
import { SignUpPageComponent } from './sign-up-page.component';

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SignUpPageComponent', () => {
  let fixture: ComponentFixture<SignUpPageComponent>;
  let apollo: ApolloTestingController;
  const page = () => fixture.nativeElement as HTMLElement;

  function type(testId: string, value: string): void {
    const field = page().querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
    if (!field) throw new Error(`No field ${testId} on the page`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  async function fillAndSubmit(): Promise<void> {
    type('signup-name', 'Grace Hopper');
    type('signup-email', ' grace@northwind.example ');
    type('signup-password', 'a-long-password');
    page().querySelector<HTMLButtonElement>('[data-testid="signup-submit"]')?.click();
    await fixture.whenStable();
  }

  async function settle(): Promise<void> {
    await wait();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideZonelessChangeDetection(), provideRouter([])] });
    apollo = TestBed.inject(ApolloTestingController);
    fixture = TestBed.createComponent(SignUpPageComponent);
    await fixture.whenStable();
  });

  afterEach(() => apollo.verify());

  it('asks the visitor to check their inbox at the address they typed, without signing anyone in', async () => {
    await fillAndSubmit();
    const signUp = apollo.expectOne('SignUp');
    expect(signUp.operation.variables['input']).toEqual({ name: 'Grace Hopper', email: 'grace@northwind.example', password: 'a-long-password' });
    signUp.flushData({ signUp: true });
    await settle();

    const sent = page().querySelector('[data-testid="signup-sent"]');
    expect(sent?.textContent).toContain('Check your inbox at grace@northwind.example');
    expect(sent?.getAttribute('role')).toBe('status');
    expect(page().textContent).toContain('server log');
    expect(page().querySelector('form')).toBeNull();
    expect(TestBed.inject(AuthStore).isSignedIn()).toBe(false);
  });

  it('shows what the server refused at its field and keeps the form', async () => {
    await fillAndSubmit();
    apollo.expectOne('SignUp').graphqlErrors([
      new GraphQLError('password: Password must be at most 200 characters.', {
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: 'Password must be at most 200 characters.' }] },
      }),
    ]);
    await settle();

    expect(page().querySelector('[data-testid="signup-sent"]')).toBeNull();
    expect(page().querySelector('[data-testid="error-password"]')?.textContent).toContain('at most 200 characters');
  });

  it('sends nothing while a field is missing', async () => {
    page().querySelector<HTMLButtonElement>('[data-testid="signup-submit"]')?.click();
    await fixture.whenStable();
    apollo.expectNone('SignUp');
    expect(page().querySelector('[data-testid="error-email"]')?.textContent).toContain('Enter your email address');
  });
});
