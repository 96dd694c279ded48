import type { AccountMailWords } from './account-mail-words';

const PERMISSION_EN = { OWNER: 'an owner', EDITOR: 'an editor', VIEWER: 'a viewer' } as const;

export const ACCOUNT_MAIL_WORDS_EN: AccountMailWords = {
  signUpKnown: (p) => ({
    subject: 'You already have a CRM Rollout Tracker account',
    text: `Hello,\n\nSomeone (probably you) tried to create a CRM Rollout Tracker account with this address, but you already have one.\nSign in here: ${p.signInUrl}\nForgot your password? Choose a new one here: ${p.forgotPasswordUrl}\n\nIf this was not you, ignore this mail: nothing was changed.\n`,
  }),
  signUpConfirm: (p) => ({
    subject: 'Confirm your email to finish your CRM Rollout Tracker account',
    text: `Hello ${p.name},\n\nOpen this link within ${p.hours} hours to confirm your email and finish creating your account; it works once:\n${p.url}\n\nIf you did not sign up, ignore this mail: no account is created without the link.\n`,
  }),
  passwordChanged: (p) => ({
    subject: 'Your CRM Rollout Tracker password was changed',
    text: `Hello ${p.name},\n\nThe password of your account was just changed and every other session was signed out.\nIf this was not you, reset your password at once: ${p.forgotPasswordUrl}\n`,
  }),
  passwordReset: (p) => ({
    subject: 'Reset your CRM Rollout Tracker password',
    text: `Hello ${p.name},\n\nChoose a new password here within ${p.minutes} minutes; the link works once:\n${p.url}\n\nIf you did not ask for this, ignore this mail: your password stays as it is.\n`,
  }),
  passwordResetUnknown: (p) => ({
    subject: 'Reset your CRM Rollout Tracker password',
    text: `Someone asked to reset the password of an account with this address, but there is no such account (or it was deactivated).\nIf you meant to join, ask your organisation's admin for an invitation or sign up: ${p.signUpUrl}\n`,
  }),
  invitation: (p) => {
    const inviter = p.inviter ?? 'An admin';
    const program = p.projectName && p.permission ? ` and to the program “${p.projectName}” as ${PERMISSION_EN[p.permission]}` : '';
    return {
      subject: `${inviter} invited you to ${p.organisationName} on CRM Rollout Tracker`,
      text: `${inviter} invited you to ${p.organisationName}${program}.\n\nAccept within ${p.days} days; the link works once:\n${p.url}\n\nIf you did not expect this, ignore this mail.\n`,
    };
  },
};
