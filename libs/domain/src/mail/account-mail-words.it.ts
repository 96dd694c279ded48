import type { AccountMailWords } from './account-mail-words';

/** How the program's access reads after "al programma …", as the sharing dialog names it. */
const PERMISSION_IT = { OWNER: 'come responsabile', EDITOR: 'dove puoi modificare', VIEWER: 'dove puoi consultare' } as const;

export const ACCOUNT_MAIL_WORDS_IT: AccountMailWords = {
  signUpKnown: (p) => ({
    subject: 'Hai già un account su CRM Rollout Tracker',
    text: `Ciao,\n\nqualcuno (probabilmente tu) ha provato a creare un account su CRM Rollout Tracker con questo indirizzo, ma ne hai già uno.\nAccedi qui: ${p.signInUrl}\nHai dimenticato la password? Scegline una nuova qui: ${p.forgotPasswordUrl}\n\nSe non sei stato tu, ignora questa email: non è cambiato nulla.\n`,
  }),
  signUpConfirm: (p) => ({
    subject: 'Conferma la tua email per completare il tuo account su CRM Rollout Tracker',
    text: `Ciao ${p.name},\n\napri questo link entro ${p.hours} ore per confermare la tua email e completare la creazione dell'account; funziona una sola volta:\n${p.url}\n\nSe non ti sei registrato, ignora questa email: senza il link non viene creato nessun account.\n`,
  }),
  passwordChanged: (p) => ({
    subject: 'La tua password di CRM Rollout Tracker è stata cambiata',
    text: `Ciao ${p.name},\n\nla password del tuo account è appena stata cambiata e tutte le altre sessioni sono state chiuse.\nSe non sei stato tu, reimposta subito la password: ${p.forgotPasswordUrl}\n`,
  }),
  passwordReset: (p) => ({
    subject: 'Reimposta la tua password di CRM Rollout Tracker',
    text: `Ciao ${p.name},\n\nscegli qui una nuova password entro ${p.minutes} minuti; il link funziona una sola volta:\n${p.url}\n\nSe non l'hai chiesto tu, ignora questa email: la tua password resta invariata.\n`,
  }),
  passwordResetUnknown: (p) => ({
    subject: 'Reimposta la tua password di CRM Rollout Tracker',
    text: `Qualcuno ha chiesto di reimpostare la password di un account con questo indirizzo, ma questo account non esiste (o è stato disattivato).\nSe volevi unirti, chiedi un invito all'amministratore della tua organizzazione oppure registrati: ${p.signUpUrl}\n`,
  }),
  invitation: (p) => {
    const inviter = p.inviter ?? 'Un amministratore';
    const program = p.projectName && p.permission ? ` e al programma “${p.projectName}”, ${PERMISSION_IT[p.permission]}` : '';
    return {
      subject: `${inviter} ti ha invitato in ${p.organisationName} su CRM Rollout Tracker`,
      text: `${inviter} ti ha invitato in ${p.organisationName}${program}.\n\nAccetta entro ${p.days} giorni; il link funziona una sola volta:\n${p.url}\n\nSe non te lo aspettavi, ignora questa email.\n`,
    };
  },
};
