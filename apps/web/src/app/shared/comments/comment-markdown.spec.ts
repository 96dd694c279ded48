import { renderCommentMarkdown } from './comment-markdown';

describe('renderCommentMarkdown', () => {
  it('shows typed HTML as the text it is', () => {
    expect(renderCommentMarkdown('<b>hi</b>')).toContain('&lt;b&gt;');
  });
});
