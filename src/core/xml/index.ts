/** Safe XML reading (one reader for every untrusted file) and XML 1.0 escaping. */
export { xmlErrors, type XmlErrorCodes, type XmlFailure, type XmlFailureHandler } from './errors.ts';
export { decodeXmlEntities, escapeXmlAttr, escapeXmlText, hasDisallowed, replaceDisallowed } from './escape.ts';
export { parseXmlSafely, type XmlElement, type XmlNode } from './reader.ts';
export { attr, descendants, element, elements, path, plainText } from './tree.ts';
