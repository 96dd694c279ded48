import { readerFormats, readerLanguage } from './reader-language';

describe('the language a request is worded in (mail, calendars, exports)', () => {
  it("is the profile's language first, whatever the page's cookie and the browser ask for", () => {
    expect(readerLanguage({ locale: 'nl' }, { cookie: 'crm_lang=it', 'accept-language': 'en-US,en;q=0.9' })).toBe('nl');
  });

  it('is the language the pages were last shown in (the crm_lang cookie) when the profile names none, before the browser’s', () => {
    expect(readerLanguage({ locale: null }, { cookie: 'theme=dark; crm_lang=it', 'accept-language': 'nl-NL,nl;q=0.9' })).toBe('it');
    expect(readerLanguage(undefined, { cookie: 'crm_lang=nl', 'accept-language': 'en-GB' })).toBe('nl');
  });

  it("is the browser's most wanted language we speak without a profile language or a cookie we know, by its q weights", () => {
    expect(readerLanguage({ locale: null }, { 'accept-language': 'en;q=0.5, it-IT;q=0.9, nl;q=0.7' })).toBe('it');
    expect(readerLanguage(undefined, { cookie: 'crm_lang=fr', 'accept-language': 'nl-NL,nl;q=0.9' })).toBe('nl');
  });

  it('is English when none of them says anything we speak', () => {
    expect(readerLanguage(undefined, {})).toBe('en');
    expect(readerLanguage({ locale: null }, { 'accept-language': '*' })).toBe('en');
    expect(readerLanguage({ locale: 'de' }, { cookie: 'crm_lang=de', 'accept-language': 'nl;q=0' })).toBe('en');
  });
});

describe('how a reader’s exports are written', () => {
  it('gives a German browser without a profile language semicolons, under English words', () => {
    expect(readerFormats({ locale: null }, { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' })).toEqual({ language: 'en', separator: ';' });
    expect(readerFormats(undefined, { 'accept-language': 'fr-FR' })).toEqual({ language: 'en', separator: ';' });
  });

  it('gives a German browser commas once the profile chose English', () => {
    expect(readerFormats({ locale: 'en' }, { 'accept-language': 'de-DE,de;q=0.9' })).toEqual({ language: 'en', separator: ',' });
  });

  it('takes the browser’s most preferred tag by its weights, not the first one written', () => {
    expect(readerFormats(undefined, { 'accept-language': 'en-US;q=0.5, de-DE;q=0.9' })).toEqual({ language: 'en', separator: ';' });
  });

  it('follows the words’ language when the browser sends no tag: Dutch pages get semicolons', () => {
    expect(readerFormats(undefined, { cookie: 'crm_lang=nl' })).toEqual({ language: 'nl', separator: ';' });
    expect(readerFormats(undefined, {})).toEqual({ language: 'en', separator: ',' });
  });
});
