import { matchHtmlBlockEnd, matchHtmlBlockStart } from './match-html-block.ts';

/** A top-level heading as the line scanner finds it: its raw Markdown content, not yet its text. */
export interface ScannedHeading {
  depth: number;
  /** 1-based line within the body. */
  line: number;
  /** 1-based column of the `#` or of the setext paragraph's first character. */
  column: number;
  /** `atx`: the content between the opening and closing `#`s; `setext`: the paragraph's lines, first indentation removed. */
  kind: 'atx' | 'setext';
  raw: string;
}

/** The top-level headings of a body, and its single-line link reference definitions (for the headings' text). */
export interface ScannedHeadings {
  headings: ScannedHeading[];
  definitions: string[];
}

/** A link reference definition on one line; remark has the last word when a heading's text is parsed with it. */
const DEFINITION = /^\[(?:[^[\]\\]|\\.){1,999}\]:[ \t]*(?:<[^<>]*>|[^ \t<][^ \t]*)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*$/;

/** A block quote (`size` 0) or a list with its current item's content indentation, as micromark keeps them. */
interface Container {
  quote: boolean;
  ordered: boolean;
  marker: number;
  size: number;
  initialBlank: boolean;
  furtherBlank: boolean;
}

const NONE = 0;
const PARAGRAPH = 1;
const FENCE = 2;
const INDENTED_CODE = 3;
const HTML = 4;

const SPACE = 32;
const TAB = 9;

/**
 * Finds the headings that are direct children of the document, exactly where remark's parser (micromark, CommonMark
 * without extensions) puts them, in one pass over the lines and without recursion: block quotes and list items are a
 * stack of open containers continued line by line, and the innermost open leaf block (paragraph, fenced or indented
 * code, HTML) decides what the next line can start. Micromark's own choices are followed where they differ from the
 * spec's reference parser (a list item after indented code counts as interrupting it; an HTML start tag on a lazy line
 * stays in its container). Link reference definitions are not recognised, so a paragraph made only of definitions
 * followed by `===` or `---` is taken for a setext heading.
 */
export function scanTopLevelHeadings(body: string): ScannedHeadings {
  const headings: ScannedHeading[] = [];
  const definitions: string[] = [];
  /** Whether every line of the open paragraph so far is a link reference definition (as `DEFINITION` sees one). */
  let paragraphDefinitions = false;
  const stack: Container[] = [];
  /** Indices in `stack` of block quotes, lowest first: a blank line continues every list before the first. */
  const quotes: number[] = [];
  let leaf = NONE;
  let paragraphDepth = 0;
  let paragraphLine = 0;
  let paragraphColumn = 0;
  let paragraphStart = 0;
  let paragraphEnd = 0;
  let fenceChar = 0;
  let fenceLength = 0;
  let htmlKind = 0;

  // The current line is body[lineStart, lineEnd); the cursor is `pos` with virtual column `col` (a tab may be partly
  // consumed: then `pos` stays on it while `col` moves towards its tab stop).
  let lineStart = 0;
  let lineEnd = 0;
  let lastNonSpace = 0;
  let pos = 0;
  let col = 0;
  let lineNumber = 0;
  // Per thematic-break character (`*`, `-`, `_`): the line it was measured on, where the line's trailing run of that
  // character and whitespace starts, and the third-last such character in it.
  const breakLine = [0, 0, 0];
  const breakStart = [0, 0, 0];
  const breakThird = [0, 0, 0];

  const isSpaceAt = () => {
    if (pos >= lineEnd) return false;
    const c = body.charCodeAt(pos);
    return c === SPACE || c === TAB;
  };
  const advanceColumn = () => {
    if (body.charCodeAt(pos) === TAB) {
      col++;
      if ((col & 3) === 0) pos++;
    } else {
      pos++;
      col++;
    }
  };
  const skipSpaces = (max: number): number => {
    let n = 0;
    while (n < max && isSpaceAt()) {
      advanceColumn();
      n++;
    }
    return n;
  };
  const restIsBlank = () => pos > lastNonSpace;
  const popTo = (size: number) => {
    stack.length = size;
    while (quotes.length > 0 && quotes[quotes.length - 1]! >= size) quotes.pop();
  };
  /** Whether body[p, lineEnd) is a thematic break made of body[p]'s character, from one backward scan per line. */
  const thematicBreakFrom = (p: number): boolean => {
    const marker = body.charCodeAt(p);
    const k = marker === 42 ? 0 : marker === 45 ? 1 : 2;
    if (breakLine[k] !== lineNumber) {
      breakLine[k] = lineNumber;
      let markers = 0;
      let third = -1;
      let i = lineEnd - 1;
      for (; i >= lineStart; i--) {
        const c = body.charCodeAt(i);
        if (c === marker) {
          if (++markers === 3) third = i;
        } else if (c !== SPACE && c !== TAB) break;
      }
      breakStart[k] = i + 1;
      breakThird[k] = third;
    }
    return p >= breakStart[k]! && p <= breakThird[k]!;
  };

  /**
   * Tries a list item marker at the cursor (after at most 3 columns of indentation, `indent`), as micromark's list
   * start does; on success moves the cursor past the marker and its spacing and returns the item's content size.
   */
  const startListItem = (indent: number, interrupt: boolean, list: Container | undefined): Container | undefined => {
    const save = pos;
    const saveCol = col;
    const c = body.charCodeAt(pos);
    let ordered: boolean;
    let markerWidth: number;
    let marker: number;
    if (c === 42 || c === 43 || c === 45) {
      if (list && (list.ordered || list.marker !== c)) return undefined;
      if (c !== 43 && thematicBreakFrom(pos)) return undefined;
      ordered = false;
      markerWidth = 1;
      marker = c;
    } else if (c >= 48 && c <= 57) {
      if (list && !list.ordered) return undefined;
      if (interrupt && c !== 49) return undefined;
      let i = pos;
      while (i < lineEnd && i - pos < 9 && isDigit(body.charCodeAt(i))) i++;
      const digits = i - pos;
      if (interrupt && digits > 1) return undefined;
      const d = i < lineEnd ? body.charCodeAt(i) : -1;
      if (list ? d !== list.marker : d !== 46 && d !== 41) return undefined;
      ordered = true;
      markerWidth = digits + 1;
      marker = d;
    } else {
      return undefined;
    }
    pos += markerWidth;
    col += markerWidth;
    let size: number;
    let initialBlank = false;
    if (restIsBlank()) {
      if (interrupt) {
        pos = save;
        col = saveCol;
        return undefined;
      }
      initialBlank = true;
      size = indent + markerWidth + 1;
    } else {
      const afterPos = pos;
      const afterCol = col;
      const spaces = skipSpaces(4);
      if (spaces === 0) {
        pos = save;
        col = saveCol;
        return undefined;
      }
      if (isSpaceAt()) {
        pos = afterPos;
        col = afterCol;
        advanceColumn();
        size = indent + markerWidth + 1;
      } else {
        size = indent + markerWidth + spaces;
      }
    }
    const item = list ?? { quote: false, ordered, marker, size, initialBlank, furtherBlank: false };
    item.size = size;
    item.initialBlank = initialBlank;
    item.furtherBlank = false;
    return item;
  };

  /** Where a line's flow content (after the cursor) begins: its indentation in columns and its first non-space index. */
  let indent = 0;
  let first = 0;
  const measureIndent = () => {
    let p = pos;
    let c = col;
    while (p < lineEnd) {
      const ch = body.charCodeAt(p);
      if (ch === SPACE) {
        c++;
        p++;
      } else if (ch === TAB) {
        c = (c & ~3) + 4;
        p++;
      } else break;
    }
    indent = c - col;
    first = p;
  };

  const atxLevel = (): number => {
    let i = first;
    while (i < lineEnd && i - first < 7 && body.charCodeAt(i) === 35) i++;
    const level = i - first;
    if (level === 0 || level > 6) return 0;
    if (i < lineEnd && body.charCodeAt(i) !== SPACE && body.charCodeAt(i) !== TAB) return 0;
    return level;
  };
  const fenceOpen = (): boolean => {
    const c = body.charCodeAt(first);
    if (c !== 96 && c !== 126) return false;
    let i = first;
    while (i < lineEnd && body.charCodeAt(i) === c) i++;
    if (i - first < 3) return false;
    if (c === 96) {
      const tick = body.indexOf('`', i);
      if (tick !== -1 && tick < lineEnd) return false;
    }
    fenceChar = c;
    fenceLength = i - first;
    return true;
  };
  const isFenceClose = (): boolean => {
    if (indent > 3 || body.charCodeAt(first) !== fenceChar) return false;
    let i = first;
    while (i < lineEnd && body.charCodeAt(i) === fenceChar) i++;
    return i - first >= fenceLength && i > lastNonSpace;
  };
  const isSetextUnderline = (): number => {
    const c = body.charCodeAt(first);
    if (c !== 61 && c !== 45) return 0;
    let i = first;
    while (i < lineEnd && body.charCodeAt(i) === c) i++;
    if (i <= lastNonSpace) return 0;
    return c === 61 ? 1 : 2;
  };
  const isThematicBreak = (): boolean => {
    const c = body.charCodeAt(first);
    return (c === 42 || c === 45 || c === 95) && thematicBreakFrom(first);
  };

  /** Starts what a line opens when no leaf block continues through it; `lazy` as micromark marks such a line. */
  const startLeaf = (blank: boolean, lazy: boolean) => {
    if (blank) return;
    if (indent >= 4) {
      leaf = INDENTED_CODE;
      return;
    }
    const level = atxLevel();
    if (level > 0) {
      if (stack.length === 0) headings.push({ depth: level, line: lineNumber, column: first - lineStart + 1, kind: 'atx', raw: atxContent(body, first + level, lineEnd) });
      leaf = NONE;
      return;
    }
    if (fenceOpen()) {
      leaf = FENCE;
      return;
    }
    if (body.charCodeAt(first) === 60) {
      const kind = matchHtmlBlockStart(body, first, lineEnd, false, lazy);
      if (kind > 0) {
        htmlKind = kind;
        leaf = matchHtmlBlockEnd(body, first, lineEnd, kind, true) ? NONE : HTML;
        return;
      }
    }
    if (isThematicBreak()) {
      leaf = NONE;
      return;
    }
    leaf = PARAGRAPH;
    paragraphDefinitions = isDefinition();
    paragraphDepth = stack.length;
    paragraphLine = lineNumber;
    paragraphColumn = first - lineStart + 1;
    paragraphStart = first;
    paragraphEnd = lineEnd;
  };

  const isDefinition = (): boolean => {
    if (body.charCodeAt(first) !== 91) return false;
    const line = body.slice(first, lineEnd);
    if (!DEFINITION.test(line)) return false;
    definitions.push(line);
    return true;
  };

  /** Whether a construct that may interrupt a paragraph starts the line (indentation below 4 already checked). */
  const interruptsParagraph = (lazy: boolean): number => {
    if (atxLevel() > 0 || fenceOpen() || isThematicBreak()) return 1;
    if (body.charCodeAt(first) === 60) {
      const kind = matchHtmlBlockStart(body, first, lineEnd, true, lazy);
      if (kind === 7) return 2;
      if (kind > 0) return 1;
    }
    return 0;
  };

  const hasCarriageReturn = body.includes('\r');
  for (let next = 0; next <= body.length;) {
    lineStart = next;
    if (hasCarriageReturn) {
      let i = next;
      while (i < body.length) {
        const c = body.charCodeAt(i);
        if (c === 10 || c === 13) break;
        i++;
      }
      lineEnd = i;
      next = i < body.length ? (body.charCodeAt(i) === 13 && body.charCodeAt(i + 1) === 10 ? i + 2 : i + 1) : body.length + 1;
    } else {
      const i = body.indexOf('\n', next);
      lineEnd = i === -1 ? body.length : i;
      next = i === -1 ? body.length + 1 : i + 1;
    }
    if (lineEnd === body.length && lineStart === body.length && lineNumber > 0) break;
    lineNumber++;
    lastNonSpace = lineEnd - 1;
    while (lastNonSpace >= lineStart) {
      const c = body.charCodeAt(lastNonSpace);
      if (c !== SPACE && c !== TAB) break;
      lastNonSpace--;
    }
    pos = lineStart;
    col = 0;
    const blankLine = lastNonSpace < lineStart;

    // Continue the open containers.
    let continued = 0;
    let sibling = false;
    if (blankLine) {
      // Only the innermost container can still be an item that began with a blank line.
      continued = quotes.length > 0 ? quotes[0]! : stack.length;
      const top = stack[stack.length - 1];
      if (continued === stack.length && top?.initialBlank) top.furtherBlank = true;
    } else {
      while (continued < stack.length) {
        const c = stack[continued]!;
        const save = pos;
        const saveCol = col;
        if (c.quote) {
          skipSpaces(3);
          if (pos < lineEnd && body.charCodeAt(pos) === 62) {
            pos++;
            col++;
            if (isSpaceAt()) advanceColumn();
            continued++;
            continue;
          }
          pos = save;
          col = saveCol;
          break;
        }
        if (restIsBlank()) {
          if (c.initialBlank) c.furtherBlank = true;
          skipSpaces(c.size);
          continued++;
          continue;
        }
        const further = c.furtherBlank;
        c.furtherBlank = false;
        c.initialBlank = false;
        if (!further && isSpaceAt()) {
          if (skipSpaces(c.size) === c.size) {
            continued++;
            continue;
          }
          pos = save;
          col = saveCol;
        }
        const siblingIndent = skipSpaces(3);
        if (startListItem(siblingIndent, false, c)) {
          continued++;
          sibling = true;
          break;
        }
        pos = save;
        col = saveCol;
        break;
      }
    }

    let interrupt = false;
    if (sibling) {
      leaf = NONE;
      popTo(continued);
    } else if (continued === stack.length) {
      if (leaf === FENCE || leaf === HTML) {
        measureIndent();
        if (leaf === FENCE) {
          if (isFenceClose()) leaf = NONE;
        } else if (htmlKind >= 6 ? restIsBlank() : matchHtmlBlockEnd(body, pos, lineEnd, htmlKind, false)) {
          leaf = NONE;
        }
        continue;
      }
      interrupt = leaf === PARAGRAPH || leaf === INDENTED_CODE;
    }

    // Open new containers.
    let opened = sibling;
    if (!blankLine) {
      for (;;) {
        const save = pos;
        const saveCol = col;
        const containerIndent = skipSpaces(3);
        let container: Container | undefined;
        if (pos < lineEnd && body.charCodeAt(pos) === 62) {
          pos++;
          col++;
          if (isSpaceAt()) advanceColumn();
          container = { quote: true, ordered: false, marker: 62, size: 0, initialBlank: false, furtherBlank: false };
        } else {
          container = startListItem(containerIndent, interrupt, undefined);
        }
        if (!container) {
          pos = save;
          col = saveCol;
          break;
        }
        if (!opened) {
          opened = true;
          leaf = NONE;
          popTo(continued);
        }
        if (container.quote) quotes.push(stack.length);
        stack.push(container);
        continued++;
      }
    }

    measureIndent();
    const blank = restIsBlank();
    if (!opened && continued < stack.length) {
      // A lazy line: it continues the innermost paragraph if it would continue it, else closes what it did not continue.
      if (leaf === PARAGRAPH && !blank) {
        const interrupting = indent >= 4 ? 0 : interruptsParagraph(true);
        if (interrupting === 0) continue;
        if (interrupting === 2) {
          leaf = HTML;
          htmlKind = 7;
          continue;
        }
      }
      leaf = NONE;
      popTo(continued);
      startLeaf(blank, true);
      // micromark ends indented code at a lazy line's end.
      if (leaf === INDENTED_CODE) leaf = NONE;
      continue;
    }

    switch (leaf) {
      case FENCE:
        if (isFenceClose()) leaf = NONE;
        continue;
      case HTML:
        if (htmlKind >= 6 ? blank : matchHtmlBlockEnd(body, pos, lineEnd, htmlKind, false)) leaf = NONE;
        continue;
      case INDENTED_CODE:
        if (blank || indent >= 4) continue;
        leaf = NONE;
        break;
      case PARAGRAPH: {
        if (blank) {
          leaf = NONE;
          continue;
        }
        if (indent >= 4) {
          paragraphEnd = lineEnd;
          paragraphDefinitions = false;
          continue;
        }
        const underline = isSetextUnderline();
        if (underline > 0 && paragraphDefinitions) {
          // Definitions alone are no paragraph to underline: the line starts what it would start on its own.
          leaf = NONE;
          break;
        }
        if (underline > 0) {
          if (paragraphDepth === 0 && stack.length === 0) {
            headings.push({ depth: underline, line: paragraphLine, column: paragraphColumn, kind: 'setext', raw: body.slice(paragraphStart, paragraphEnd) });
          }
          leaf = NONE;
          continue;
        }
        if (interruptsParagraph(false) !== 1) {
          paragraphEnd = lineEnd;
          paragraphDefinitions &&= isDefinition();
          continue;
        }
        leaf = NONE;
        break;
      }
    }
    startLeaf(blank, false);
  }
  return { headings, definitions };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An ATX heading's content: after the opening `#`s, without surrounding whitespace or a closing `#` sequence. */
function atxContent(body: string, start: number, end: number): string {
  let s = start;
  while (s < end && isWhitespace(body.charCodeAt(s))) s++;
  let e = end;
  while (e > s && isWhitespace(body.charCodeAt(e - 1))) e--;
  let h = e;
  while (h > s && body.charCodeAt(h - 1) === 35) h--;
  if (h === s) return '';
  if (h < e && isWhitespace(body.charCodeAt(h - 1))) {
    e = h;
    while (e > s && isWhitespace(body.charCodeAt(e - 1))) e--;
  }
  return body.slice(s, e);
}

function isWhitespace(c: number): boolean {
  return c === SPACE || c === TAB;
}
