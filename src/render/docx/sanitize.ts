/**
 * XML 1.0 allows tab, newline and carriage return among the control
 * characters, and no lone surrogate or U+FFFE/U+FFFF. Data (an article title,
 * a category name) may hold such characters; one of them in document.xml and
 * Word refuses the file. Every string the renderer hands to docx passes here.
 */
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function sanitizeXmlText(text: string): string {
  return text.replace(ILLEGAL, '');
}
