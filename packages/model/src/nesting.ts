/**
 * How deep a TypeScript or JavaScript file nests, measured before TypeScript parses it (the code scan, the code
 * migration loaders). The parser recurses once per nesting level (a
 * parenthesis, bracket, brace, template substitution, arrow-function body that is no block) and, more cheaply,
 * once per chained `?:` or `else if`; on
 * Node 20's default stack (984 KB) it overflows near 500 levels when cold (measured: 500 nested arrow-function
 * bodies, 529 object literals, 630 mixed `({[(\`${` levels, 726 parentheses; about 2,600 chained `?:` and
 * 3,600 `else if`). `MAX_NESTING` keeps a margin of 1.7 below the worst of those.
 */
export const MAX_NESTING = 300;

/** A chained conditional (`a ? b : c ? ...`, `else if`) costs the parser about a quarter of a bracket. */
const CHAIN_COST = 1;
const LEVEL_COST = 4;

export interface Nesting {
  /** Brackets, braces and template substitutions open at the deepest point, plus a quarter per chained conditional. */
  readonly depth: number;
  /** The 1-based line and column where that depth is first reached (of the character that opened the level). */
  readonly line: number;
  readonly column: number;
}

/** Words after which a `/` starts a regular expression, not a division. */
const BEFORE_REGEX = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'instanceof']);
/** Words that start a statement: a conditional chain before them has ended. */
const STATEMENTS = new Set(['const', 'let', 'var', 'return', 'for', 'while', 'switch', 'throw', 'export', 'import']);

/**
 * The deepest nesting of `text`, in one linear pass over its characters that skips strings, comments, regular
 * expressions and template text (a lexer's view, without parsing: a misread regular expression or quote ends at
 * its line). Returns undefined when the file stays within `limit`.
 */
export function nestingBeyond(text: string, limit: number = MAX_NESTING): Nesting | undefined {
  if (costBound(text) <= limit * LEVEL_COST) return undefined;
  // For each open level, whether it is a template substitution (`${`) rather than a bracket or brace.
  const templates: boolean[] = [];
  // For each open level, the conditionals chained on it: `?` (ended by `;`, `,`, a statement) and `else if` (ended by
  // an `if` that follows no `else`; `;` ends the statements inside the chain, not the chain).
  const runs: number[] = [0];
  const elses: number[] = [0];
  let cost = 0;
  let deepest = 0;
  let deepestAt = 0;
  // Whether what came before a `/` is a value (identifier, number, `)`, `]`, string): then it divides.
  let afterValue = false;
  let lastWord = '';
  const length = text.length;
  let index = 0;

  const open = (template: boolean): void => {
    templates.push(template);
    runs.push(0);
    elses.push(0);
    cost += LEVEL_COST;
    if (cost > deepest) {
      deepest = cost;
      deepestAt = index;
    }
  };
  const close = (): void => {
    templates.pop();
    cost -= LEVEL_COST + runs.pop()! + elses.pop()!;
  };
  const chain = (counts: number[]): void => {
    counts[counts.length - 1]! += CHAIN_COST;
    cost += CHAIN_COST;
    if (cost > deepest) {
      deepest = cost;
      deepestAt = index;
    }
  };
  const endChain = (counts: number[]): void => {
    cost -= counts[counts.length - 1]!;
    counts[counts.length - 1] = 0;
  };
  /** Skips template text from `index` (just after a backtick or a substitution's `}`) to its end or next `${`. */
  const templateText = (): void => {
    while (index < length) {
      const code = text.charCodeAt(index);
      if (code === 92 /* \ */) index += 2;
      else if (code === 96 /* ` */) {
        index += 1;
        afterValue = true;
        return;
      } else if (code === 36 /* $ */ && text.charCodeAt(index + 1) === 123 /* { */) {
        index += 2;
        open(true);
        afterValue = false;
        return;
      } else index += 1;
    }
  };

  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 9 || code === 10 || code === 13) {
      index += 1;
      continue;
    }
    if (isWordCode(code)) {
      const start = index;
      while (index < length && isWordCode(text.charCodeAt(index))) index += 1;
      const word = text.slice(start, index);
      if (word === 'if') {
        if (lastWord === 'else') chain(elses);
        else endChain(elses);
        endChain(runs);
      } else if (STATEMENTS.has(word)) endChain(runs);
      afterValue = !BEFORE_REGEX.has(word);
      lastWord = word;
      continue;
    }
    lastWord = '';
    index += 1;
    switch (code) {
      case 40: // (
      case 91: // [
      case 123: // {
        open(false);
        afterValue = false;
        break;
      case 41: // )
      case 93: // ]
        if (templates.length > 0 && !templates[templates.length - 1]) close();
        afterValue = true;
        break;
      case 125: // }
        if (templates.length === 0) break;
        if (templates[templates.length - 1]) {
          close();
          templateText();
        } else {
          close();
          afterValue = false;
        }
        break;
      case 96: // `
        templateText();
        break;
      case 39: // '
      case 34: // "
        index = endOfQuoted(text, index, code);
        afterValue = true;
        break;
      case 47: {
        // /
        const next = text.charCodeAt(index);
        if (next === 47) index = lineEnd(text, index);
        else if (next === 42) {
          const end = text.indexOf('*/', index + 1);
          index = end < 0 ? length : end + 2;
        } else if (!afterValue) {
          index = endOfRegex(text, index);
          afterValue = true;
        } else afterValue = false;
        break;
      }
      case 63: {
        // ?
        const next = text.charCodeAt(index);
        if (next === 63 /* ?? */ || (next === 46 /* ?. */ && !isDigit(text.charCodeAt(index + 1)))) index += 1;
        else if (!isOptionalMarker(text, index)) chain(runs);
        afterValue = false;
        break;
      }
      case 61: {
        // `=>` with a body that is no block: the parser recurses into the body as into a bracket, and the body
        // (like a conditional chain) ends at `,`, `;`, a statement or the end of the level around it.
        if (text.charCodeAt(index) === 62 /* > */) {
          index += 1;
          let at = index;
          while (at < length && isSpaceCode(text.charCodeAt(at))) at += 1;
          if (text.charCodeAt(at) !== 123 /* { */) {
            runs[runs.length - 1]! += LEVEL_COST;
            cost += LEVEL_COST;
            if (cost > deepest) {
              deepest = cost;
              deepestAt = index;
            }
          }
        }
        afterValue = false;
        break;
      }
      case 59: // ;
      case 44: // ,
        endChain(runs);
        afterValue = false;
        break;
      default:
        afterValue = false;
    }
  }
  if (deepest <= limit * LEVEL_COST) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < deepestAt; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { depth: Math.floor(deepest / LEVEL_COST), line, column: deepestAt - lineStart };
}

/**
 * An upper bound of the cost `nestingBeyond` can reach, from a count of characters: every level it opens is a `(`,
 * `[`, `{` (a template's `${` included) or the `=` of a `=>`, every chained conditional a `?` or the `if` of an
 * `else if`. Most files are far below the limit: this pass, without the lexer's words and sets, clears them.
 */
function costBound(text: string): number {
  let levels = 0;
  let chains = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 40 || code === 91 || code === 123 || code === 61) levels += 1;
    else if (code === 63 || (code === 102 /* f */ && text.charCodeAt(index - 1) === 105) /* i */) chains += 1;
  }
  return levels * LEVEL_COST + chains * CHAIN_COST;
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || isDigit(code) || code === 95 || code === 36 || code > 127;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `name?: T`, `f(a?)`, `[a?, b]`: TypeScript's optional marker, not a conditional. */
function isOptionalMarker(text: string, index: number): boolean {
  let at = index;
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at += 1;
  const next = text.charCodeAt(at);
  return next === 58 || next === 41 || next === 44 || next === 59 || next === 61 || next === 93 || next === 125;
}

function lineEnd(text: string, index: number): number {
  const end = text.indexOf('\n', index);
  return end < 0 ? text.length : end;
}

/** The index after a quoted string opened before `index`; an unterminated one ends at its line. */
function endOfQuoted(text: string, index: number, quote: number): number {
  for (let at = index; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 92) at += 1;
    else if (code === quote) return at + 1;
    else if (code === 10) return at;
  }
  return text.length;
}

/** The index after a regular expression's closing `/` (a `/` inside `[...]` does not close it); or its line's end. */
function endOfRegex(text: string, index: number): number {
  let inClass = false;
  for (let at = index; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 92) at += 1;
    else if (code === 10) return at;
    else if (code === 91) inClass = true;
    else if (code === 93) inClass = false;
    else if (code === 47 && !inClass) return at + 1;
  }
  return text.length;
}
