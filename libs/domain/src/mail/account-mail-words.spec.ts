import { describe, expect, it } from 'vitest';

import { accountMailWords } from './account-mail-words';

const reset = { name: 'Ann', minutes: 15, url: 'https://app.test/reset-password?token=t' };

describe('account mails in the account’s language', () => {
  it('English is the source, as mails have always read', () => {
    expect(accountMailWords('en').passwordReset(reset)).toEqual({
      subject: 'Reset your CRM Rollout Tracker password',
      text: 'Hello Ann,\n\nChoose a new password here within 15 minutes; the link works once:\nhttps://app.test/reset-password?token=t\n\nIf you did not ask for this, ignore this mail: your password stays as it is.\n',
    });
  });

  it('a Dutch account reads Dutch, addressed with “je”', () => {
    const mail = accountMailWords('nl').passwordReset(reset);
    expect(mail.subject).toBe('Stel een nieuw wachtwoord in voor CRM Rollout Tracker');
    expect(mail.text).toContain('Kies hier binnen 15 minuten een nieuw wachtwoord');
    expect(mail.text).toContain('https://app.test/reset-password?token=t');
    expect(accountMailWords('nl').passwordChanged({ name: 'Ann', forgotPasswordUrl: 'https://app.test/f' }).subject).toBe('Je wachtwoord voor CRM Rollout Tracker is gewijzigd');
  });

  it('an Italian account reads Italian, addressed with “tu”', () => {
    const mail = accountMailWords('it').signUpKnown({ signInUrl: 'https://app.test/sign-in', forgotPasswordUrl: 'https://app.test/f' });
    expect(mail.subject).toBe('Hai già un account su CRM Rollout Tracker');
    expect(mail.text).toContain('Accedi qui: https://app.test/sign-in');
  });

  it('an invitation names the program and the access it gives, in each language', () => {
    const invitation = { inviter: 'Olive', organisationName: 'Acme', projectName: 'Sales CRM', permission: 'EDITOR' as const, days: 7, url: 'https://app.test/a' };
    expect(accountMailWords('en').invitation(invitation).text).toMatch(/^Olive invited you to Acme and to the program “Sales CRM” as an editor\./);
    expect(accountMailWords('nl').invitation(invitation).text).toMatch(/^Olive heeft je uitgenodigd voor Acme en voor het programma “Sales CRM”, waar je kunt bewerken\./);
    expect(accountMailWords('it').invitation({ ...invitation, inviter: null }).subject).toBe('Un amministratore ti ha invitato in Acme su CRM Rollout Tracker');
  });

  it('someone without an account or a chosen language reads English', () => {
    expect(accountMailWords(null).passwordResetUnknown({ signUpUrl: 'https://app.test/sign-up' }).subject).toBe('Reset your CRM Rollout Tracker password');
  });
});
