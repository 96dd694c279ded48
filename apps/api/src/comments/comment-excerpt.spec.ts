import { commentExcerpt, commentPlainText } from './comment-excerpt';

describe('commentPlainText', () => {
  it('reads as the rendered comment does, without Markdown marks', () => {
    expect(commentPlainText('Could @Cam Colleague check the **import** before _Friday_?')).toBe('Could @Cam Colleague check the import before Friday?');
  });

  it('keeps the words of headings, lists, links and code on one line', () => {
    expect(commentPlainText('# Plan\n\n- one\n- [two](https://example.test)\n\n`npm ci` &amp; go')).toBe('Plan one two npm ci & go');
  });

  it('shows typed HTML as the text it is, like the thread does', () => {
    expect(commentPlainText('<b>hi</b>')).toBe('<b>hi</b>');
  });
});

describe('commentExcerpt', () => {
  it('cuts a long comment after its Markdown is gone, so the marks do not eat the quote', () => {
    const excerpt = commentExcerpt(`**${'word '.repeat(40).trim()}**`);
    expect(excerpt).not.toContain('*');
    expect(excerpt).toHaveLength(140);
    expect(excerpt.endsWith('…')).toBe(true);
  });

  it('leaves a short comment whole', () => {
    expect(commentExcerpt('Looks _good_ to me')).toBe('Looks good to me');
  });
});
