import { readerLanguage } from './reader-language';

describe('the language a request is worded in (mail, calendars, exports)', () => {
  it("is the profile's language first, whatever the browser asks for", () => {
    expect(readerLanguage({ locale: 'nl' }, { 'accept-language': 'en-US,en;q=0.9' })).toBe('nl');
  });

  it("is the browser's most wanted language we speak when the profile names none, by its q weights", () => {
    expect(readerLanguage({ locale: null }, { 'accept-language': 'en;q=0.5, it-IT;q=0.9, nl;q=0.7' })).toBe('it');
    expect(readerLanguage(undefined, { 'accept-language': 'nl-NL,nl;q=0.9' })).toBe('nl');
  });

  it('is English when neither says anything we speak', () => {
    expect(readerLanguage(undefined, {})).toBe('en');
    expect(readerLanguage({ locale: null }, { 'accept-language': '*' })).toBe('en');
    expect(readerLanguage({ locale: 'de' }, { 'accept-language': 'nl;q=0' })).toBe('en');
  });
});
