import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { accountMailWords, isLanguage, type Language, linkProblem, normalizeEmail, PASSWORD_RESET_MINUTES, passwordResetExpiresAt, SIGN_UP_LINK_HOURS, signUpLinkExpiresAt } from '@crm/domain';

import { AuthUser } from '../common/auth/current-user';
import { hashToken, newLinkToken } from '../common/auth/link-token';
import { inTransaction } from '../common/database/transaction';
import { AppError, badUserInput, conflict, ErrorCode, invalidState, notFound } from '../common/errors/app-error';
import { MailService } from '../mail/mail.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { AccountTokensRepository } from './account-tokens.repository';
import { ChangePasswordInput, RequestPasswordResetInput, ResetPasswordInput, UpdateProfileInput } from './dto/account-care.inputs';
import { ConfirmSignUpInput } from './dto/confirm-sign-up.input';
import { SignInInput } from './dto/sign-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { AuthPayloadModel } from './models/auth-payload.model';
import { UserModel } from './models/user.model';
import { decoyHash, hashPassword, verifyPassword } from './password';
import { SessionTokens } from './session-tokens';
import { AccountRow, UsersRepository } from './users.repository';

const WRONG_CREDENTIALS = 'Email or password is not right.';

/** What a sign-up link recreates, kept with its token: the password only as its hash. */
interface SignUpPayload {
  name: string;
  organisationName: string | null;
  passwordHash: string;
}

function signUpPayloadOf(payload: Record<string, unknown>): SignUpPayload | undefined {
  const { name, organisationName, passwordHash } = payload;
  if (typeof name !== 'string' || typeof passwordHash !== 'string' || !passwordHash) return undefined;
  return { name, organisationName: typeof organisationName === 'string' ? organisationName : null, passwordHash };
}

/** Someone made an account with this email after the link was mailed (an accepted invitation, say). */
function emailTaken(): AppError {
  return invalidState('An account with this email was created after this link was sent. Sign in instead, or reset your password.', 'ALREADY_MEMBER', {}, { reason: 'ACCOUNT_CREATED_MEANWHILE' });
}

export function toUser(account: AccountRow): UserModel {
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    organisationRole: account.organisationRole,
    locale: account.locale,
    timeZone: account.timeZone,
    version: account.version,
  };
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly tokens: AccountTokensRepository,
    private readonly sessions: SessionTokens,
    private readonly organisations: OrganisationsService,
    private readonly mail: MailService,
  ) {}

  /**
   * Answers true for any email and creates nothing yet: a new email is mailed a link that finishes
   * the account (confirmSignUp), a known one is mailed a reminder to sign in or reset. Both paths
   * hash the password, write one token row and queue one mail, so neither the answer nor its timing
   * tells who has an account.
   *
   * @param language the request's (its page's cookie, else its browser's): the mail's, where no profile chose one
   */
  async signUp(input: SignUpInput, language: Language): Promise<boolean> {
    const email = normalizeEmail(input.email);
    const name = input.name.trim();
    const passwordHash = await hashPassword(input.password);
    const { token, hash } = newLinkToken();
    const expiresAt = signUpLinkExpiresAt(new Date());
    await this.db.transaction(async (tx) => {
      const account = await this.users.accountByEmail(email, tx);
      if (account) {
        // Never mailed and without a payload, so nobody can confirm with it: it only makes both paths write the same rows.
        await this.tokens.insert(tx, { purpose: 'SIGN_UP', hash, email, userId: null, expiresAt, payload: {} });
        await this.mail.queue(tx, {
          organisationId: null,
          kind: 'SIGN_UP_KNOWN',
          to: email,
          ...mailWordsFor(account, language).signUpKnown({ signInUrl: this.mail.link('/sign-in'), forgotPasswordUrl: this.mail.link('/forgot-password') }),
        });
      } else {
        const payload: SignUpPayload = { name, organisationName: input.organisationName?.trim() || null, passwordHash };
        await this.tokens.insert(tx, { purpose: 'SIGN_UP', hash, email, userId: null, expiresAt, payload: { ...payload } });
        await this.mail.queue(tx, {
          organisationId: null,
          kind: 'SIGN_UP_CONFIRM',
          to: email,
          // No account yet, so no language chosen: the page the person signed up on speaks theirs.
          ...mailWordsFor(null, language).signUpConfirm({ name, hours: SIGN_UP_LINK_HOURS, url: this.mail.link('/confirm-sign-up', { token }) }),
        });
      }
    });
    return true;
  }

  /**
   * Finishes a sign-up from its mailed link: a new organisation with the account as its admin, and
   * the account signed in. The link works once, for SIGN_UP_LINK_HOURS.
   */
  async confirmSignUp(input: ConfirmSignUpInput): Promise<AuthPayloadModel> {
    const account = await inTransaction(this.db, async (tx) => {
      const link = await this.tokens.lock(tx, hashToken(input.token), 'SIGN_UP');
      const payload = link && signUpPayloadOf(link.payload);
      if (!link || !payload) throw notFound('This link');
      const problem = linkProblem({ usedAt: link.used_at, expiresAt: link.expires_at }, new Date());
      if (problem === 'LINK_USED') throw invalidState('This sign-up link was already used. Sign in instead.', problem, {}, { reason: 'SIGN_UP_LINK_USED' });
      if (problem === 'LINK_EXPIRED') throw invalidState(`This sign-up link has expired (they work for ${SIGN_UP_LINK_HOURS} hours). Sign up again for a new one.`, problem, {}, { reason: 'SIGN_UP_LINK_EXPIRED', hours: SIGN_UP_LINK_HOURS });
      const created = await this.openAccountIn(tx, { email: link.email, ...payload });
      await this.tokens.markUsed(tx, link.id);
      return created;
    });
    return this.sessions.issue(account);
  }

  /**
   * A new organisation with a new admin account at once, without a mailed link: for the demo seed
   * and benchmarks, which own the addresses they use. Never reachable from the API.
   */
  async openAccount(input: SignUpInput): Promise<AuthPayloadModel> {
    const passwordHash = await hashPassword(input.password);
    const account = await this.db.transaction((tx) =>
      this.openAccountIn(tx, { email: normalizeEmail(input.email), name: input.name.trim(), organisationName: input.organisationName?.trim() || null, passwordHash }),
    );
    return this.sessions.issue(account);
  }

  /** Throws inside the transaction when the email has an account, so the new organisation goes too. */
  private async openAccountIn(tx: EntityManager, account: { email: string } & SignUpPayload): Promise<AccountRow> {
    if (await this.users.accountByEmail(account.email, tx)) throw emailTaken();
    const organisation = await this.organisations.create(tx, account.organisationName || `${account.name}'s organisation`);
    const created = await this.users.insertIfNew(tx, {
      email: account.email,
      name: account.name,
      passwordHash: account.passwordHash,
      organisationId: organisation.id,
      organisationRole: 'ADMIN',
    });
    if (!created) throw emailTaken();
    return created;
  }

  async signIn(input: SignInInput): Promise<AuthPayloadModel> {
    const account = await this.users.withPasswordHash(normalizeEmail(input.email));
    // An account without a password (made by single sign-on) is checked against the decoy too, so it takes as long.
    const valid = await verifyPassword(account?.passwordHash ?? (await decoyHash), input.password);
    if (!account || !account.passwordHash || !valid || account.deactivated) throw new AppError(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS, {}, { reason: 'WRONG_CREDENTIALS' });
    if (!account.passwordSignIn) {
      // Said only to someone who knew the password: nobody else learns how this organisation signs in.
      throw invalidState('Your organisation signs in with its single sign-on. Use “Sign in with your organisation”.', 'SSO_REQUIRED', {
        organisationSlug: account.organisationSlug,
      }, { reason: 'SSO_REQUIRED' });
    }
    return this.sessions.issue(account);
  }

  async me(userId: string): Promise<UserModel> {
    const account = await this.users.account(userId);
    if (!account) throw notFound('Your account');
    return toUser(account);
  }

  /** Every other session ends; the answer carries a fresh token for this one. */
  async changePassword(input: ChangePasswordInput, user: AuthUser): Promise<AuthPayloadModel> {
    const newHash = await hashPassword(input.newPassword);
    const account = await inTransaction(this.db, async (tx) => {
      const current = await this.users.passwordHashOf(tx, user.id);
      if (!current || !(await verifyPassword(current, input.currentPassword))) {
        throw badUserInput([{ field: 'currentPassword', message: 'Your current password is not right.', code: 'WRONG_PASSWORD' }]);
      }
      await this.users.setPassword(tx, user.id, newHash);
      const changed = (await this.users.account(user.id, tx))!;
      await this.mail.queue(tx, {
        organisationId: changed.organisationId,
        kind: 'PASSWORD_CHANGED',
        to: changed.email,
        ...mailWordsFor(changed).passwordChanged({ name: changed.name, forgotPasswordUrl: this.mail.link('/forgot-password') }),
      });
      return changed;
    });
    return this.sessions.issue(account);
  }

  /**
   * Answers true for any email, and does the same work for a known and an unknown one (one token
   * or none, one mail either way), so neither the answer nor its timing tells who has an account.
   *
   * @param language the request's (its page's cookie, else its browser's): the mail's, where no profile chose one
   */
  async requestPasswordReset(input: RequestPasswordResetInput, language: Language): Promise<boolean> {
    const email = normalizeEmail(input.email);
    const { token, hash } = newLinkToken();
    await this.db.transaction(async (tx) => {
      const account = await this.users.accountByEmail(email, tx);
      if (account && !account.deactivated) {
        await this.tokens.insert(tx, { purpose: 'PASSWORD_RESET', hash, email, userId: account.id, expiresAt: passwordResetExpiresAt(new Date()) });
        await this.mail.queue(tx, {
          organisationId: account.organisationId,
          kind: 'PASSWORD_RESET',
          to: email,
          ...mailWordsFor(account, language).passwordReset({ name: account.name, minutes: PASSWORD_RESET_MINUTES, url: this.mail.link('/reset-password', { token }) }),
        });
      } else {
        // A token nobody can use (it names no account), so both paths write the same rows.
        await this.tokens.insert(tx, { purpose: 'PASSWORD_RESET', hash, email, userId: null, expiresAt: passwordResetExpiresAt(new Date()) });
        await this.mail.queue(tx, {
          organisationId: null,
          kind: 'PASSWORD_RESET_UNKNOWN',
          to: email,
          ...mailWordsFor(null, language).passwordResetUnknown({ signUpUrl: this.mail.link('/sign-up') }),
        });
      }
    });
    return true;
  }

  /** The link works once, for 15 minutes; the new password ends every session the account had. */
  async resetPassword(input: ResetPasswordInput): Promise<boolean> {
    const newHash = await hashPassword(input.password);
    await inTransaction(this.db, async (tx) => {
      const link = await this.tokens.lock(tx, hashToken(input.token), 'PASSWORD_RESET');
      if (!link || !link.user_id) throw notFound('This link');
      const problem = linkProblem({ usedAt: link.used_at, expiresAt: link.expires_at }, new Date());
      if (problem === 'LINK_USED') throw invalidState('This reset link was already used. Ask for a new one.', problem, {}, { reason: 'RESET_LINK_USED' });
      if (problem === 'LINK_EXPIRED') throw invalidState('This reset link has expired (they work for 15 minutes). Ask for a new one.', problem, {}, { reason: 'RESET_LINK_EXPIRED', minutes: 15 });
      await this.tokens.markUsed(tx, link.id);
      await this.users.setPassword(tx, link.user_id, newHash);
    });
    return true;
  }

  async signOutEverywhere(user: AuthUser): Promise<boolean> {
    await this.db.transaction((tx) => this.users.endAllSessions(tx, user.id));
    return true;
  }

  async updateProfile(input: UpdateProfileInput, user: AuthUser): Promise<UserModel> {
    const account = await this.db.transaction((tx) =>
      this.users.updateProfile(tx, user.id, input.version, {
        name: input.name?.trim(),
        locale: input.locale === undefined ? undefined : input.locale || null,
        timeZone: input.timeZone === undefined ? undefined : input.timeZone || null,
      }),
    );
    if (!account) throw conflict('Your profile');
    return toUser(account);
  }
}

/**
 * The account mails in the language its owner chose in their profile; without an account or a
 * choice, in `otherwise` (the reader language of the request that sends the mail), else English.
 */
function mailWordsFor(account: Pick<AccountRow, 'locale'> | null | undefined, otherwise?: Language) {
  return accountMailWords(isLanguage(account?.locale) ? account.locale : (otherwise ?? null));
}
