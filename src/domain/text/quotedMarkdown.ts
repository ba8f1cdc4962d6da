/**
 * The one sanitiser for text that comes from knowledge updates and documents (written by someone
 * other than the reader) before the bot quotes it in a Markdown message or an Adaptive Card.
 *
 * It reduces the text to the Markdown subset Teams renders (emphasis, lists, headings, quotes,
 * code, links) and removes what could act on the reader's client:
 * - HTML: `<script>`/`<style>` blocks with their content, comments and every other tag (the text
 *   between tags is kept), and entity-encoded tags are left as harmless text;
 * - links and images whose target is not `https:` (`javascript:`, `data:`, `vbscript:`, `file:`,
 *   `http:` ...): the link text stays, the target goes; images become their alt text;
 * - bare `javascript:`/`data:`/`vbscript:` schemes, and bare `http://` addresses, which Teams
 *   would otherwise turn into links (shown as code so they stay readable but are not clickable).
 */

const SCRIPT_OR_STYLE = /<(script|style|iframe|object|embed|template)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(-->|$)/g;
const HTTPS_AUTOLINK = /<(https:\/\/[^\s<>]+)>/gi;
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<[A-Za-z][A-Za-z0-9+.-]*:[^\s<>]*>/g;
/** `[text](target "title")` and `![alt](target)`; targets without spaces (one level of parentheses) or in <...>. */
const INLINE_LINK =
  /(!?)\[([^\]\n]*)\]\(\s*(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)/g;
const REFERENCE_DEFINITION = /^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*(\S+).*$/gm;
const DANGEROUS_SCHEME = /\b(?:javascript|vbscript)\s*:|\bdata:(?=[a-z]+\/)|\bfile:(?=\/)/gi;
const BARE_HTTP = /(^|[\s(])(http:\/\/[^\s<>()]+)/gi;

/** True for an absolute `https:` URL (the only links the bot passes on). */
export function isHttpsUrl(target: string): boolean {
  try {
    return new URL(target.trim()).protocol === 'https:';
  } catch {
    return false;
  }
}

function unwrapTarget(target: string): string {
  return target.startsWith('<') && target.endsWith('>') ? target.slice(1, -1) : target;
}

export function sanitiseQuotedMarkdown(text: string): string {
  // Each step runs only when its pattern can match (every HTML step needs a "<", a link "](", a
  // reference definition "]:", a scheme or address ":"): most quoted passages are plain prose, and
  // every answer is sanitised on its way out. A step that cannot match leaves the text as it is.
  let result = text;
  if (result.includes('<')) {
    result = result
      .replace(SCRIPT_OR_STYLE, '')
      .replace(COMMENT, '')
      // An https autolink is kept as a plain address (Teams links it); any other <...> goes below.
      .replace(HTTPS_AUTOLINK, '$1')
      .replace(TAG, '');
  }
  if (result.includes('](')) {
    result = result.replace(INLINE_LINK, (_whole, bang: string, label: string, rawTarget: string) => {
      const target = unwrapTarget(rawTarget.trim());
      if (bang) return isHttpsUrl(target) && label.trim() === '' ? target : label;
      return isHttpsUrl(target) ? `[${label}](${target})` : label;
    });
  }
  if (result.includes(']:')) {
    result = result.replace(REFERENCE_DEFINITION, (line, target: string) =>
      isHttpsUrl(unwrapTarget(target)) ? line : '',
    );
  }
  if (result.includes(':')) {
    result = result
      .replace(DANGEROUS_SCHEME, '')
      .replace(BARE_HTTP, (_whole, before: string, url: string) => `${before}\`${url.replace(/`/g, '')}\``);
  }
  return result;
}

/** For plain-text places (citation pop-ups, previews): no Markdown links, no HTML. */
export function sanitiseQuotedPlainText(text: string): string {
  const markdown = sanitiseQuotedMarkdown(text);
  return markdown.includes('](')
    ? markdown.replace(/\[([^\]\n]*)\]\((https:\/\/[^\s)]+)\)/g, '$1')
    : markdown;
}
