import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

/**
 * Markdown as typed HTML is never taken as HTML (`html: false`: `<script>` shows as text), bare
 * addresses become links, and DOMPurify cleans what markdown-it produced before it is bound with
 * `[innerHTML]`: defence in depth, should a rule of either ever let markup through.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

// markdown-it already refuses `javascript:` and `data:` links; these are the only schemes a comment links to.
const SAFE_LINK = /^(https?:|mailto:|\/|#)/i;

let hooked = false;
function purifier(): typeof DOMPurify {
  if (!hooked) {
    // Every link opens in a new tab and tells the target nothing about the app it came from.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName !== 'A') return;
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_LINK.test(href)) node.removeAttribute('href');
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    });
    hooked = true;
  }
  return DOMPurify;
}

/** A comment's Markdown source as HTML that is safe to bind. */
export function renderCommentMarkdown(source: string): string {
  return purifier().sanitize(markdown.render(source), { ADD_ATTR: ['target'], FORBID_TAGS: ['style', 'img'] });
}
