/** Tag names that open an HTML block of kind 1 (it ends at a closing tag of any of them). */
const RAW_NAMES = new Set(['pre', 'script', 'style', 'textarea']);

/** Tag names that open an HTML block of kind 6 (it ends at a blank line), as micromark lists them. */
const BLOCK_NAMES = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup', 'dd',
  'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame',
  'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link',
  'main', 'menu', 'menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul',
]);

/**
 * The kind (1-7, CommonMark's numbering) of the HTML block that body[p, end) opens, `p` being at its `<`, or 0.
 * Follows micromark's html-flow tokenizer: kind 7 (a complete tag alone on its line) cannot interrupt a paragraph
 * unless the line is lazy.
 */
export function matchHtmlBlockStart(body: string, p: number, end: number, interrupt: boolean, lazy: boolean): number {
  let i = p + 1;
  const c = code(body, i, end);
  if (c === 33) {
    const d = code(body, i + 1, end);
    if (d === 45) return code(body, i + 2, end) === 45 ? 2 : 0;
    if (d === 91) return body.startsWith('CDATA[', i + 2) && i + 8 <= end ? 5 : 0;
    return isAlpha(d) ? 4 : 0;
  }
  if (c === 63) return 3;
  let closing = false;
  if (c === 47) {
    closing = true;
    i++;
  }
  if (!isAlpha(code(body, i, end))) return 0;
  const nameStart = i;
  while (i < end && (isAlphanumeric(body.charCodeAt(i)) || body.charCodeAt(i) === 45)) i++;
  const t = code(body, i, end);
  if (!(t === -1 || t === 47 || t === 62 || t === 32 || t === 9)) return 0;
  const name = body.slice(nameStart, i).toLowerCase();
  if (t !== 47 && !closing && RAW_NAMES.has(name)) return 1;
  if (BLOCK_NAMES.has(name)) {
    if (t === 47) return code(body, i + 1, end) === 62 ? 6 : 0;
    return 6;
  }
  if (interrupt && !lazy) return 0;
  return (closing ? completeClosingTag(body, i, end) : completeOpenTag(body, i, end)) ? 7 : 0;
}

/**
 * Whether body[start, end) ends an HTML block of kind 1-5 (blocks of kinds 6 and 7 end at a blank line instead).
 * On the block's first line (`opener`), the search starts after the opening `<…` as micromark's does.
 */
export function matchHtmlBlockEnd(body: string, start: number, end: number, kind: number, opener: boolean): boolean {
  if (kind >= 6) return false;
  let i = start;
  let state = CONTINUATION;
  if (opener) {
    if (kind === 1) {
      i = start + 1;
      while (i < end && isAlphanumeric(body.charCodeAt(i))) i++;
    } else if (kind === 2) {
      i = start + 4;
      state = DECLARATION;
    } else if (kind === 3) {
      i = start + 2;
      state = DECLARATION;
    } else if (kind === 4) {
      i = start + 3;
      state = DECLARATION;
    } else {
      i = start + 9;
    }
  }
  let buffer = '';
  for (; i < end; i++) {
    const c = body.charCodeAt(i);
    switch (state) {
      case COMMENT:
        if (c === 45) {
          state = DECLARATION;
          continue;
        }
        break;
      case RAW_OPEN:
        if (c === 47) {
          state = RAW_END;
          buffer = '';
          continue;
        }
        break;
      case RAW_END:
        if (c === 62) {
          if (RAW_NAMES.has(buffer.toLowerCase())) return true;
        } else if (isAlpha(c) && buffer.length < 8) {
          buffer += String.fromCharCode(c);
          continue;
        }
        break;
      case CDATA:
        if (c === 93) {
          state = DECLARATION;
          continue;
        }
        break;
      case DECLARATION:
        if (c === 62) return true;
        if (c === 45 && kind === 2) continue;
        break;
    }
    state = CONTINUATION;
    if (c === 45 && kind === 2) state = COMMENT;
    else if (c === 60 && kind === 1) state = RAW_OPEN;
    else if (c === 62 && kind === 4) return true;
    else if (c === 63 && kind === 3) state = DECLARATION;
    else if (c === 93 && kind === 5) state = CDATA;
  }
  return false;
}

const CONTINUATION = 0;
const COMMENT = 1;
const RAW_OPEN = 2;
const RAW_END = 3;
const CDATA = 4;
const DECLARATION = 5;

/** micromark's complete closing tag: `</name`, optional whitespace, `>`, then only whitespace to the line's end. */
function completeClosingTag(body: string, i: number, end: number): boolean {
  while (isSpace(code(body, i, end))) i++;
  return code(body, i, end) === 62 && onlySpaces(body, i + 1, end);
}

/** micromark's complete open tag after its name: attributes, optional `/`, `>`, then only whitespace. */
function completeOpenTag(body: string, i: number, end: number): boolean {
  let state = NAME_BEFORE;
  for (;;) {
    const c = code(body, i, end);
    if (state === NAME_BEFORE) {
      if (c === 47) return code(body, i + 1, end) === 62 && onlySpaces(body, i + 2, end);
      if (isSpace(c)) {
        i++;
      } else if (c === 58 || c === 95 || isAlpha(c)) {
        i++;
        while (i < end && isAttributeNameChar(body.charCodeAt(i))) i++;
        state = NAME_AFTER;
      } else {
        return c === 62 && onlySpaces(body, i + 1, end);
      }
    } else if (state === NAME_AFTER) {
      if (c === 61) {
        i++;
        state = VALUE_BEFORE;
      } else if (isSpace(c)) {
        i++;
      } else {
        state = NAME_BEFORE;
      }
    } else if (c === -1 || c === 60 || c === 61 || c === 62 || c === 96) {
      return false;
    } else if (c === 34 || c === 39) {
      const close = body.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close === -1 || close >= end) return false;
      i = close + 1;
      const after = code(body, i, end);
      if (!(after === 47 || after === 62 || isSpace(after))) return false;
      state = NAME_BEFORE;
    } else if (isSpace(c)) {
      i++;
    } else {
      while (i < end && !isUnquotedStop(body.charCodeAt(i))) i++;
      state = NAME_AFTER;
    }
  }
}

const NAME_BEFORE = 0;
const NAME_AFTER = 1;
const VALUE_BEFORE = 2;

function code(body: string, i: number, end: number): number {
  return i < end ? body.charCodeAt(i) : -1;
}

function onlySpaces(body: string, i: number, end: number): boolean {
  for (; i < end; i++) if (!isSpace(body.charCodeAt(i))) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAlphanumeric(c: number): boolean {
  return isAlpha(c) || (c >= 48 && c <= 57);
}

function isAttributeNameChar(c: number): boolean {
  return c === 45 || c === 46 || c === 58 || c === 95 || isAlphanumeric(c);
}

function isUnquotedStop(c: number): boolean {
  return c === 34 || c === 39 || c === 47 || c === 60 || c === 61 || c === 62 || c === 96 || c === 32 || c === 9;
}
