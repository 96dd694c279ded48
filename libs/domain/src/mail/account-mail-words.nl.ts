import type { AccountMailWords } from './account-mail-words';

/** How the program's access reads after "voor het programma …", as the sharing dialog names it. */
const PERMISSION_NL = { OWNER: 'als eigenaar', EDITOR: 'waar je kunt bewerken', VIEWER: 'waar je kunt meekijken' } as const;

export const ACCOUNT_MAIL_WORDS_NL: AccountMailWords = {
  signUpKnown: (p) => ({
    subject: 'Je hebt al een account bij CRM Rollout Tracker',
    text: `Hallo,\n\nIemand (waarschijnlijk jij) probeerde met dit adres een account bij CRM Rollout Tracker aan te maken, maar je hebt er al een.\nHier log je in: ${p.signInUrl}\nWachtwoord vergeten? Kies hier een nieuw: ${p.forgotPasswordUrl}\n\nWas jij dit niet? Dan kun je deze mail negeren: er is niets veranderd.\n`,
  }),
  signUpConfirm: (p) => ({
    subject: 'Bevestig je e-mailadres om je account bij CRM Rollout Tracker af te ronden',
    text: `Hallo ${p.name},\n\nOpen deze link binnen ${p.hours} uur om je e-mailadres te bevestigen en je account af te ronden; hij werkt één keer:\n${p.url}\n\nHeb je je niet geregistreerd? Dan kun je deze mail negeren: zonder de link wordt er geen account aangemaakt.\n`,
  }),
  passwordChanged: (p) => ({
    subject: 'Je wachtwoord voor CRM Rollout Tracker is gewijzigd',
    text: `Hallo ${p.name},\n\nHet wachtwoord van je account is zojuist gewijzigd en al je andere sessies zijn uitgelogd.\nWas jij dit niet? Stel dan meteen een nieuw wachtwoord in: ${p.forgotPasswordUrl}\n`,
  }),
  passwordReset: (p) => ({
    subject: 'Stel een nieuw wachtwoord in voor CRM Rollout Tracker',
    text: `Hallo ${p.name},\n\nKies hier binnen ${p.minutes} minuten een nieuw wachtwoord; de link werkt één keer:\n${p.url}\n\nHeb je hier niet om gevraagd? Dan kun je deze mail negeren: je wachtwoord blijft zoals het is.\n`,
  }),
  passwordResetUnknown: (p) => ({
    subject: 'Stel een nieuw wachtwoord in voor CRM Rollout Tracker',
    text: `Iemand vroeg een nieuw wachtwoord aan voor een account met dit adres, maar zo'n account bestaat niet (of is gedeactiveerd).\nWilde je meedoen? Vraag de beheerder van je organisatie om een uitnodiging of registreer je: ${p.signUpUrl}\n`,
  }),
  invitation: (p) => {
    const inviter = p.inviter ?? 'Een beheerder';
    const program = p.projectName && p.permission ? ` en voor het programma “${p.projectName}”, ${PERMISSION_NL[p.permission]}` : '';
    return {
      subject: `${inviter} heeft je uitgenodigd voor ${p.organisationName} in CRM Rollout Tracker`,
      text: `${inviter} heeft je uitgenodigd voor ${p.organisationName}${program}.\n\nAccepteer binnen ${p.days} dagen; de link werkt één keer:\n${p.url}\n\nHad je dit niet verwacht? Dan kun je deze mail negeren.\n`,
    };
  },
};
