import { browserLanguage } from '../i18n/reader-language';
import { chooseLanguage } from './page-language';

describe('the language a page is sent on to', () => {
  it('follows the language the app last showed, whatever the browser prefers', () => {
    expect(chooseLanguage('theme=dark; crm_lang=it', 'nl-NL,nl;q=0.9')).toBe('it');
  });

  it('takes the browser’s most preferred language we speak, a regional one counting as its language', () => {
    expect(chooseLanguage(undefined, 'de-DE,de;q=0.9,nl-BE;q=0.8,en;q=0.5')).toBe('nl');
    expect(browserLanguage('en;q=0.4, it-CH;q=0.7')).toBe('it');
  });

  it('falls back to English for a language we do not speak, an unknown cookie and no header at all', () => {
    expect(chooseLanguage('crm_lang=fr', 'fr-FR,de;q=0.8')).toBe('en');
    expect(chooseLanguage(undefined, undefined)).toBe('en');
  });
});
