import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An element as fast-xml-parser gives it: attributes under "@_", text under "#text". */
export type XmlNode = Record<string, unknown>;

const LISTS = new Set(['key', 'graph', 'node', 'edge', 'data', 'attributes', 'attribute', 'attvalue']);

/**
 * Parse XML without a DOM (shared code runs in Node and the page alike). Namespace prefixes are
 * dropped, values stay strings, and numeric character references are decoded (the htmlEntities
 * option; XML's five named entities are always decoded). Malformed files are refused with the
 * parser's line and column, since a lenient parse would import half a graph.
 */
export function parseXml(text: string): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    textNodeName: '#text',
    isArray: (name) => LISTS.has(name),
  });
  return parser.parse(text) as XmlNode;
}

export const attr = (n: XmlNode, name: string): string | undefined => {
  const v = n[`@_${name}`];
  return v === undefined ? undefined : String(v);
};

export const children = (n: XmlNode | undefined, name: string): XmlNode[] => {
  const v = n?.[name];
  return Array.isArray(v) ? (v as XmlNode[]) : v && typeof v === 'object' ? [v as XmlNode] : [];
};

export const child = (n: XmlNode | undefined, name: string): XmlNode | undefined => children(n, name)[0];

/** An element's own text; a text-only element may come back as a bare string. */
export const textOf = (n: unknown): string | undefined => {
  if (typeof n === 'string' || typeof n === 'number') return String(n);
  if (n && typeof n === 'object' && '#text' in n) return String((n as XmlNode)['#text']);
  return undefined;
};
