// The few DOM helpers the Word reader needs over @xmldom/xmldom: children by WordprocessingML
// local name, and `w:val`-style attributes. xmldom never fetches external entities, so a
// hostile document cannot make the reader open files or URLs.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { ParleyError } from '../core/errors.ts';

export type { Element } from '@xmldom/xmldom';

/** WordprocessingML's main namespace. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Parses one XML part of a package. Throws `invalid_input` naming the part when it is not XML. */
export function parseXml(text: string, part: string): Element {
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
    const root = doc.documentElement;
    if (!root) throw new Error('no root element');
    return root;
  } catch (error) {
    throw new ParleyError(
      'invalid_input',
      `the Word file is damaged: ${part} is not well-formed XML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); open it in Word and save it again`,
      { part },
    );
  }
}

/** The element children of `el` in the Word namespace, optionally only those named `name`. */
export function wChildren(el: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (child.namespaceURI === W && (name === undefined || child.localName === name)) out.push(child);
  }
  return out;
}

/** The first Word-namespace child named `name`. */
export function wChild(el: Element | undefined, name: string): Element | undefined {
  return el ? wChildren(el, name)[0] : undefined;
}

/** A `w:` attribute (`w:val` by default), or undefined. */
export function wAttr(el: Element | undefined, name = 'val'): string | undefined {
  if (!el) return undefined;
  return el.hasAttributeNS(W, name) ? (el.getAttributeNS(W, name) ?? undefined) : undefined;
}

/** `w:val` of the child `name`, e.g. `wVal(pPr, 'pStyle')`. */
export function wVal(el: Element | undefined, name: string): string | undefined {
  return wAttr(wChild(el, name));
}

/** An on/off property (`<w:b/>`, `<w:b w:val="0"/>`) of a properties element. */
export function wFlag(props: Element | undefined, name: string): boolean {
  const el = wChild(props, name);
  if (!el) return false;
  const v = wAttr(el);
  return v === undefined || !['0', 'false', 'off'].includes(v);
}
