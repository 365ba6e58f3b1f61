import { XMLBuilder } from 'fast-xml-parser';

/** The element each list's items get in XML, per the GeoReport v2 examples (<attributes><attribute> …). */
const itemOf: Record<string, string> = {
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

/** XML 1.0 cannot carry most control characters, even escaped: they are dropped rather than breaking the document. */
const representable = (char: string): boolean => {
  const code = char.charCodeAt(0);
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code !== 0xfffe && code !== 0xffff;
};
const xmlText = (text: string): string => Array.from(text).filter(representable).join('');

type XmlValue = string | XmlNode | XmlValue[];
type XmlNode = { [key: string]: XmlValue };

function toXmlValue(value: unknown, key: string): XmlValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string') return xmlText(value);
  if (Array.isArray(value)) {
    const item = itemOf[key] ?? 'item';
    return { [item]: value.map((entry) => toXmlValue(entry, item)) };
  }
  const node: XmlNode = {};
  for (const [childKey, child] of Object.entries(value as Record<string, unknown>)) {
    if (child !== undefined) node[childKey] = toXmlValue(child, childKey);
  }
  return node;
}

const builder = new XMLBuilder({ format: true, indentBy: '  ', suppressEmptyNode: true });

/**
 * The XML form of an Open311 answer: a list becomes <root><item>…</item></root>, an object
 * <root>…</root>. No namespace, UTF-8 declaration first, as the specification asks.
 */
export function toOpen311Xml(root: string, item: string | null, data: unknown): string {
  const body =
    item && Array.isArray(data)
      ? { [root]: { [item]: data.map((entry) => toXmlValue(entry, item)) } }
      : { [root]: toXmlValue(data, root) };
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build(body)}`;
}
