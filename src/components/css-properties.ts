/**
 * Inline sizes and positions that survive a strict Content-Security-Policy. A `style` attribute
 * (written in a template, or by Lit's styleMap on its first render) is refused where
 * `style-src` has no 'unsafe-inline'; properties set through the element's CSSOM are not.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS properties by their CSS names (`block-size`, `left`), each a value with its unit. */
export type CssProperties = Readonly<Record<string, string>>;

class CssPropertiesDirective extends Directive {
  #names = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProperties() goes inside a tag: <span ${cssProperties({ left: "1px" })}>');
  }

  render(_properties: CssProperties): unknown {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [CssProperties]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name of this.#names) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.#names = new Set(Object.keys(properties));
    return noChange;
  }
}

/** Sets CSS properties on the element it is written in, through its CSSOM: `<span ${cssProperties({ left: '40%' })}>`. */
export const cssProperties = directive(CssPropertiesDirective);
