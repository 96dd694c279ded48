import { commentPlainText, renderCommentMarkdown } from './comment-markdown';

describe('commentPlainText', () => {
  it('reads as the rendered comment does, without Markdown marks', () => {
    expect(commentPlainText('Could @Cam Colleague check the **import** before _Friday_?')).toBe('Could @Cam Colleague check the import before Friday?');
  });

  it('keeps the words of headings, lists, links and code on one line', () => {
    expect(commentPlainText('# Plan\n\n- one\n- [two](https://example.test)\n\n`npm ci` &amp; go')).toBe('Plan one two npm ci & go');
  });

  it('shows typed HTML as the text it is, like the thread does', () => {
    expect(commentPlainText('<b>hi</b>')).toBe('<b>hi</b>');
    expect(renderCommentMarkdown('<b>hi</b>')).toContain('&lt;b&gt;');
  });
});
