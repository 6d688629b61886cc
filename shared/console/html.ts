/** Markup that is safe to emit as is: built by `html`, never from raw input. */
class SafeHtml {
  readonly #markup: string;

  constructor(markup: string) {
    this.#markup = markup;
  }

  toString(): string {
    return this.#markup;
  }
}

type HtmlPart = SafeHtml | string | number | null | undefined | false | readonly HtmlPart[];

/** Encodes the five characters that can end text or an attribute value. */
const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${String(char.codePointAt(0))};`);

const renderPart = (part: HtmlPart): string => {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.toString();
  if (Array.isArray(part)) return (part as readonly HtmlPart[]).map(renderPart).join('');
  return escapeHtml(String(part));
};

/**
 * A template tag that HTML-encodes every interpolated value unless it is already SafeHtml.
 * Customer text is hostile input: this is the only way pages build markup, so it is encoded
 * wherever it lands (text or quoted attribute).
 *
 * @example html`<p title="${name}">${comment}</p>`
 */
const html = (strings: TemplateStringsArray, ...values: readonly HtmlPart[]): SafeHtml => {
  let markup = strings[0] ?? '';
  values.forEach((value, index) => {
    markup += renderPart(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(markup);
};

/**
 * Trusts markup produced by our own renderers that encode their inputs (the review's SVG
 * charts encode every label). Never pass anything that holds raw input.
 */
const trustedMarkup = (markup: string): SafeHtml => new SafeHtml(markup);

export { escapeHtml, html, SafeHtml, trustedMarkup };
export type { HtmlPart };
