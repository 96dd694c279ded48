import { createHash, randomBytes } from 'node:crypto';

import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Configuration, IDToken, UserInfoResponse } from 'openid-client';
import { DataSource } from 'typeorm';

import { issuerUrlProblem, normaliseEmailDomain, normalizeEmail, SsoFailure, ssoIdentityProblem, ssoLoginExpiresAt, unprovenDomains } from '@crm/domain';

import { AccountsService } from '../auth/accounts.service';
import { AuthPayloadModel } from '../auth/models/auth-payload.model';
import { SessionTokens } from '../auth/session-tokens';
import { AccountRow, UsersRepository } from '../auth/users.repository';
import { AuthUser } from '../common/auth/current-user';
import { inTransaction } from '../common/database/transaction';
import { badUserInput, conflict, FieldError, invalidState, notFound } from '../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OrganisationModel } from '../organisations/models/organisation.model';
import { requireAdmin } from '../organisations/organisation-access';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { OrganisationsService } from '../organisations/organisations.service';
import { ConfigureSsoInput, RemoveSsoInput } from './dto/configure-sso.input';
import { SsoSignInModel } from './models/sso-sign-in.model';
import { openIdClient } from './openid-client';
import { guardedProviderFetch } from './provider-fetch';
import { ssoCallbackUrl } from './sso-addresses';
import { SsoOrganisation, SsoRepository } from './sso.repository';

/** A provider's discovered configuration is kept this long, so a sign-in costs no extra round trip. */
const DISCOVERY_TTL_MS = 10 * 60_000;
const PROVIDER_TIMEOUT_SECONDS = 10;
const SLUG = /^[a-z0-9-]{1,40}$/;
/** openid-client's randomState(): 32 random bytes, base64url. Anything else is no state of ours. */
const STATE = /^[A-Za-z0-9_-]{43}$/;
const COMPLETION_MS = 60_000;

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

interface ProviderSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/**
 * Single sign-on with OpenID Connect, one provider per organisation: the authorization-code flow
 * with PKCE through openid-client, which validates the ID token (issuer, audience, nonce,
 * expiry, and its signature against the provider's keys). State, verifier and nonce wait in
 * sso_logins (any replica can finish the sign-in; each works once), bound to the browser that
 * started it by a cookie. The browser comes back with a one-time completion code, never a
 * session token, and trades it for a session in the same browser. Accounts are matched, or
 * created, by the provider's verified email within the organisation's allowed domains.
 */
@Injectable()
export class SsoService {
  private readonly logger = new Logger('SingleSignOn');
  private readonly discovered = new Map<string, { configuration: Promise<Configuration>; until: number }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sso: SsoRepository,
    private readonly organisationRows: OrganisationsRepository,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersRepository,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionTokens,
  ) {}

  /** Cookies are marked Secure where the app is served over https. */
  get secureCookies(): boolean {
    return this.config.publicUrl.startsWith('https://');
  }

  /** Where the provider sends the browser back to: the organisation's own address. */
  callbackUrl(slug: string): string {
    return ssoCallbackUrl(this.config.publicUrl, slug);
  }

  async configure(input: ConfigureSsoInput, user: AuthUser): Promise<OrganisationModel> {
    requireAdmin(user);
    const current = await this.sso.organisationById(user.organisationId);
    if (!current) throw notFound('Your organisation');
    const issuer = input.issuer.trim().replace(/\/+$/, '');
    const clientId = input.clientId.trim();
    const clientSecret = input.clientSecret?.trim() || null;
    const domains = input.allowedDomains.map((raw) => ({ raw, domain: normaliseEmailDomain(raw) }));
    const errors: FieldError[] = [];
    const issuerProblem = issuerUrlProblem(issuer, { allowLoopbackHttp: this.config.ssoAllowHttpIssuers });
    if (issuerProblem) errors.push({ field: 'issuer', message: issuerProblem });
    if (!clientId) errors.push({ field: 'clientId', message: 'Enter the client id the provider gave this app.', code: 'CLIENT_ID_REQUIRED' });
    // The stored secret goes only to the provider it was typed for: a new issuer or client needs it typed again.
    const providerChanged = issuer !== current.issuer || clientId !== current.clientId;
    if (!clientSecret && (!current.clientSecret || providerChanged)) {
      errors.push({ field: 'clientSecret', message: 'Enter the client secret the provider gave this app.', code: 'CLIENT_SECRET_REQUIRED' });
    }
    const notDomains = domains.filter((d) => !d.domain).map((d) => `“${d.raw}”`);
    if (notDomains.length) errors.push({ field: 'allowedDomains', message: `${notDomains.join(', ')} is not an email domain such as example.com.`, code: 'NOT_EMAIL_DOMAINS', params: { domains: notDomains.join(', ') } });
    const allowedDomains = [...new Set(domains.flatMap((d) => (d.domain ? [d.domain] : [])))];
    const unproven = notDomains.length ? [] : unprovenDomains(allowedDomains, await this.sso.adminEmails(user.organisationId));
    if (unproven.length) {
      errors.push({
        field: 'allowedDomains',
        message: `No administrator of your organisation has an email at ${unproven.join(', ')}. Invite an administrator with such an address first: only domains your admins hold a mailbox at can be allowed.`,
        code: 'DOMAINS_NOT_PROVEN',
        params: { domains: unproven.join(', ') },
      });
    }
    if (errors.length) throw badUserInput(errors);

    // Reach the provider before saving: a mistyped issuer shows up now, not at a colleague's first sign-in.
    const provider = { issuer, clientId, clientSecret: clientSecret ?? current.clientSecret! };
    try {
      await this.configurationOf(provider, { fresh: true });
    } catch (error) {
      this.logger.warn(`Discovery at ${issuer} failed: ${(error as Error).message}`);
      throw badUserInput([
        { field: 'issuer', message: `No OpenID provider answered at ${issuer}/.well-known/openid-configuration. Check the address.`, code: 'PROVIDER_UNREACHABLE', params: { issuer } },
      ]);
    }
    const saved = await this.db.transaction((tx) =>
      this.sso.saveSettings(tx, user.organisationId, input.version ?? current.version, {
        issuer,
        clientId,
        clientSecret,
        allowedDomains,
        passwordSignIn: input.passwordSignIn,
      }),
    );
    if (!saved) throw conflict('Your organisation');
    return this.organisationModel(user);
  }

  async remove(input: RemoveSsoInput, user: AuthUser): Promise<OrganisationModel> {
    requireAdmin(user);
    const saved = await this.db.transaction((tx) => this.sso.clearSettings(tx, user.organisationId, input.version));
    if (!saved) throw conflict('Your organisation');
    return this.organisationModel(user);
  }

  /** For the sign-in page of an organisation; NOT_FOUND when it has no single sign-on. */
  async signInOptions(slug: string): Promise<SsoSignInModel> {
    const organisation = SLUG.test(slug) ? await this.sso.organisationBySlug(slug) : undefined;
    if (!organisation || !providerOf(organisation)) throw notFound('Single sign-on for this organisation');
    return {
      organisationName: organisation.name,
      startUrl: `${this.config.publicUrl}/auth/sso/${organisation.slug}/start`,
      providerHost: new URL(organisation.issuer!).host,
      passwordSignIn: organisation.passwordSignIn,
    };
  }

  /**
   * Where to send the browser to start signing in (the provider, or back to sign-in with the
   * reason), and the cookie to set so that only this browser can finish.
   */
  async start(slug: string): Promise<{ url: string; browserCookie?: string }> {
    const organisation = SLUG.test(slug) ? await this.sso.organisationBySlug(slug) : undefined;
    const provider = organisation && providerOf(organisation);
    if (!organisation || !provider) return { url: this.failed('SSO_NOT_CONFIGURED') };
    const client = await openIdClient();
    let configuration: Configuration;
    try {
      configuration = await this.configurationOf(provider);
    } catch (error) {
      this.logger.warn(`Single sign-on of ${organisation.slug}: the provider at ${provider.issuer} did not answer: ${(error as Error).message}`);
      return { url: this.failed('PROVIDER_UNAVAILABLE', organisation.slug) };
    }
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const browserCookie = randomBytes(32).toString('base64url');
    await this.sso.dropStaleLogins();
    await this.sso.startLogin({
      state,
      organisationId: organisation.id,
      codeVerifier,
      nonce,
      browserHash: sha256(browserCookie),
      issuer: provider.issuer,
      clientId: provider.clientId,
      expiresAt: ssoLoginExpiresAt(new Date()),
    });
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.callbackUrl(organisation.slug),
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, browserCookie };
  }

  /**
   * The provider sent the browser back with `search` (its query string); `browserCookie` is the
   * cookie /start set, if this is that browser. The state picks the pending sign-in, and with it
   * the organisation and the provider: nothing in the URL chooses one. Answers where to send the
   * browser; never throws, since a browser stop has no GraphQL error to show.
   */
  async finish(slug: string, search: string, browserCookie: string | undefined): Promise<string> {
    try {
      return await this.finishOrThrow(slug, search, browserCookie);
    } catch (error) {
      this.logger.error(`Single sign-on callback failed: ${(error as Error).message}`);
      return this.failed('PROVIDER_REFUSED');
    }
  }

  private async finishOrThrow(slug: string, search: string, browserCookie: string | undefined): Promise<string> {
    const params = new URLSearchParams(search);
    const state = params.get('state');
    const login = state && STATE.test(state) ? await this.sso.takeLogin(state) : undefined;
    // Another browser (a link someone sent) has no cookie of this sign-in: as good as expired.
    if (!state || !login || !browserCookie || sha256(browserCookie) !== login.browserHash) return this.failed('LOGIN_EXPIRED');
    const organisation = await this.sso.organisationById(login.organisationId);
    const provider = organisation && providerOf(organisation);
    if (!organisation || !provider) return this.failed('SSO_NOT_CONFIGURED');
    // A sign-in started for one organisation came back at another's address: a relayed response.
    if (organisation.slug !== slug) {
      this.logger.warn(`Single sign-on of ${organisation.slug} came back at the address of ${slug}: refused`);
      return this.failed('LOGIN_EXPIRED');
    }
    // The admin changed the provider meanwhile: the code belongs to the old one, and goes nowhere.
    if (provider.issuer !== login.issuer || provider.clientId !== login.clientId) return this.failed('LOGIN_EXPIRED', organisation.slug);
    if (params.has('error')) {
      this.logger.warn(`Single sign-on of ${organisation.slug}: the provider answered ${params.get('error')}`);
      return this.failed('PROVIDER_REFUSED', organisation.slug);
    }

    let identity: IDToken | UserInfoResponse;
    try {
      const client = await openIdClient();
      const configuration = await this.configurationOf(provider);
      const tokens = await client.authorizationCodeGrant(configuration, new URL(`${this.callbackUrl(slug)}?${search}`), {
        pkceCodeVerifier: login.codeVerifier,
        expectedState: state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      // Some providers keep the email out of the ID token; their userinfo (for the same subject) has it.
      identity = claims.email === undefined ? await client.fetchUserInfo(configuration, tokens.access_token, claims.sub) : claims;
    } catch (error) {
      this.logger.warn(`Single sign-on of ${organisation.slug} refused: ${describeProviderError(error)}`);
      return this.failed('PROVIDER_REFUSED', organisation.slug);
    }

    const problem = ssoIdentityProblem({ email: identity.email, email_verified: identity.email_verified, xms_edov: identity['xms_edov'] }, organisation.allowedDomains);
    if (problem) return this.failed(problem, organisation.slug);
    const account = await this.memberFor(organisation, normalizeEmail(identity.email as string), nameOf(identity));
    if (typeof account === 'string') return this.failed(account, organisation.slug);
    const code = randomBytes(32).toString('base64url');
    await this.sso.allowCompletion(login.state, account.id, sha256(code), new Date(Date.now() + COMPLETION_MS));
    // In the fragment, the code never reaches a server log or a Referer header.
    return `${this.config.publicUrl}/sso-complete#code=${encodeURIComponent(code)}`;
  }

  /** Trades the one-time completion code for a session, in the browser that started the sign-in only. */
  async complete(code: string, browserCookie: string | undefined): Promise<AuthPayloadModel> {
    const completion = await this.sso.takeCompletion(sha256(code));
    if (!completion || !browserCookie || sha256(browserCookie) !== completion.browserHash) {
      throw invalidState('This sign-in was already finished, took too long, or was started in another browser. Start again.', 'LOGIN_EXPIRED', {}, { reason: 'LOGIN_EXPIRED' });
    }
    const account = await this.users.account(completion.userId);
    if (!account || account.deactivated) throw invalidState('Your account was deactivated. Ask an administrator of your organisation.', 'DEACTIVATED', {}, { reason: 'ACCOUNT_DEACTIVATED' });
    return this.sessions.issue(account);
  }

  private async memberFor(organisation: SsoOrganisation, email: string, name: string): Promise<AccountRow | SsoFailure> {
    return inTransaction(this.db, async (tx) => {
      const existing =
        (await this.users.accountByEmail(email, tx)) ??
        (await this.accounts.createMember(tx, { organisationId: organisation.id, email, name, passwordHash: null, role: 'MEMBER' })) ??
        // Someone else's first sign-in with this email committed a moment ago.
        (await this.users.accountByEmail(email, tx))!;
      if (existing.organisationId !== organisation.id) return 'OTHER_ORGANISATION';
      if (existing.deactivated) return 'DEACTIVATED';
      return existing;
    });
  }

  startAgainUrl(): string {
    return this.failed('LOGIN_EXPIRED');
  }

  private failed(code: SsoFailure, slug?: string): string {
    const query = new URLSearchParams({ ssoError: code, ...(slug ? { organisation: slug } : {}) });
    return `${this.config.publicUrl}/sign-in?${query}`;
  }

  private async organisationModel(user: AuthUser): Promise<OrganisationModel> {
    const row = await this.organisationRows.find(user.organisationId);
    if (!row) throw notFound('Your organisation');
    return this.organisations.toModel(row, user);
  }

  private configurationOf(provider: ProviderSettings, options: { fresh?: boolean } = {}): Promise<Configuration> {
    const now = Date.now();
    for (const [key, entry] of this.discovered) if (entry.until <= now) this.discovered.delete(key);
    const key = JSON.stringify([provider.issuer, provider.clientId, sha256(provider.clientSecret)]);
    const cached = this.discovered.get(key);
    if (cached && !options.fresh) return cached.configuration;
    const configuration = openIdClient().then(async (client) => {
      const insecure = new URL(provider.issuer).protocol === 'http:';
      const guarded = guardedProviderFetch(this.config.ssoAllowHttpIssuers);
      const discovered = await client.discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, undefined, {
        timeout: PROVIDER_TIMEOUT_SECONDS,
        [client.customFetch]: guarded,
        ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
      });
      // Token, keys and userinfo are fetched through the same guard as the discovery.
      discovered[client.customFetch] = guarded;
      // Check the ID token's signature against the provider's published keys too, not only its claims.
      client.enableNonRepudiationChecks(discovered);
      return discovered;
    });
    const entry = { configuration, until: now + DISCOVERY_TTL_MS };
    this.discovered.set(key, entry);
    // A failed discovery is not kept: the next sign-in asks the provider again.
    configuration.catch(() => {
      if (this.discovered.get(key) === entry) this.discovered.delete(key);
    });
    return configuration;
  }
}

function providerOf(organisation: SsoOrganisation): ProviderSettings | undefined {
  const { issuer, clientId, clientSecret } = organisation;
  return issuer && clientId && clientSecret ? { issuer, clientId, clientSecret } : undefined;
}

function nameOf(identity: IDToken | UserInfoResponse): string {
  const name = typeof identity.name === 'string' ? identity.name.trim() : '';
  const given = [identity.given_name, identity.family_name].filter((part) => typeof part === 'string' && part.trim()).join(' ');
  return (name || given || (identity.email as string).split('@')[0]).slice(0, 200);
}

/** openid-client's messages are generic ("invalid response encountered"); the code and the claim at fault say what happened. */
function describeProviderError(error: unknown): string {
  const { message, code, cause } = error as { message?: string; code?: string; cause?: { message?: string; claim?: string; error?: string; error_description?: string } };
  const detail = [code, cause?.message, cause?.claim && `claim ${cause.claim}`, cause?.error, cause?.error_description].filter(Boolean).join(', ');
  return detail ? `${message} (${detail})` : String(message);
}
