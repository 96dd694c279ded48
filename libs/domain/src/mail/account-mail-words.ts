import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import { ACCOUNT_MAIL_WORDS_EN } from './account-mail-words.en';
import { ACCOUNT_MAIL_WORDS_IT } from './account-mail-words.it';
import { ACCOUNT_MAIL_WORDS_NL } from './account-mail-words.nl';

export interface MailWording {
  subject: string;
  text: string;
}

export type InvitedPermission = 'OWNER' | 'EDITOR' | 'VIEWER';

/** The mails about an account itself (signing up, passwords, invitations), per language. */
export interface AccountMailWords {
  /** Sign-up with an address that already has an account. */
  signUpKnown: (p: { signInUrl: string; forgotPasswordUrl: string }) => MailWording;
  signUpConfirm: (p: { name: string; hours: number; url: string }) => MailWording;
  passwordChanged: (p: { name: string; forgotPasswordUrl: string }) => MailWording;
  passwordReset: (p: { name: string; minutes: number; url: string }) => MailWording;
  /** A reset asked for an address without an (active) account. */
  passwordResetUnknown: (p: { signUpUrl: string }) => MailWording;
  invitation: (p: { inviter: string | null; organisationName: string; projectName: string | null; permission: InvitedPermission | null; days: number; url: string }) => MailWording;
}

const WORDS: Readonly<Record<Language, AccountMailWords>> = { en: ACCOUNT_MAIL_WORDS_EN, nl: ACCOUNT_MAIL_WORDS_NL, it: ACCOUNT_MAIL_WORDS_IT };

/** The account mails in `language`; someone without an account, or without a chosen language, reads English. */
export function accountMailWords(language: Language | null | undefined): AccountMailWords {
  return WORDS[language ?? DEFAULT_LANGUAGE] ?? WORDS[DEFAULT_LANGUAGE];
}
