/** Markup that is already safe: built by `html`, so every text in it was escaped. */
export interface Html {
  readonly kind: 'html';
  readonly text: string;
}

/** What may stand in a `${}` of `html`: text and numbers are escaped, `Html` is kept, nothing renders as ''. */
export type HtmlValue = string | number | Html | readonly Html[] | undefined | null | false;

/**
 * The one way the HTML renderer writes markup: a tagged template that escapes every interpolated string, so a file
 * name like `<img src=x onerror=alert(1)>.ts` or a SQL text can never become markup. Attributes are always quoted.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let text = strings[0] ?? '';
  values.forEach((value, index) => {
    text += htmlText(value) + (strings[index + 1] ?? '');
  });
  return { kind: 'html', text };
}

/** `&`, `<`, `>`, `"` and `'` as entities: safe in text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITY[char] ?? char);
}

const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function htmlText(value: HtmlValue): string {
  if (value === undefined || value === null || value === false) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  if (isHtmlList(value)) return value.map((item) => item.text).join('');
  return value.text;
}

function isHtmlList(value: Html | readonly Html[]): value is readonly Html[] {
  return Array.isArray(value);
}

/**
 * A constant of the renderer (its stylesheet, its script) kept verbatim inside `<style>` or `<script>`, where
 * entities are not decoded. Never for report data. Refuses `</`, which would end the element early.
 */
export function rawElementText(text: string): Html {
  if (text.includes('</')) throw new Error('raw element text must not contain "</"');
  return { kind: 'html', text };
}
