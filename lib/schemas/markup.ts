/**
 * "No script in any field": text from outside (a supplier's submission) may not contain HTML or script. React escapes
 * everything it shows, but these texts also go into e-mails, exports and other systems through the open-data feed,
 * so they are refused at the door with a Dutch message. Pure (unit-tested beside this file).
 */

const PATTERNS: readonly RegExp[] = [
  /<\s*[a-z!/?]/i, // a tag, comment, closing tag or processing instruction: <script, <img, </b, <!--, <?xml
  /\b(?:java|vb)script\s*:/i, // javascript: / vbscript: links
  /\bdata\s*:\s*[a-z]+\/[a-z0-9.+-]+\s*[;,]/i, // data:text/html;base64,...
  /\bon(?:error|load|click|dblclick|mouse[a-z]*|focus[a-z]*|blur|key[a-z]*|submit|change|input|abort|animation[a-z]*|begin|end|toggle|pointer[a-z]*|touch[a-z]*|wheel|scroll|message|unload|beforeunload|resize)\s*=/i, // event handlers
  /&(?:#x?[0-9a-f]+|lt|gt|quot|apos);?/i, // encoded markup: &lt;script&gt; or &#60;
  /\{\{.*\}\}|\$\{.*\}/, // template injection
];

/** True when the text looks like HTML or script. */
export function containsMarkup(text: string): boolean {
  return PATTERNS.some((p) => p.test(text));
}

export const NO_MARKUP_MESSAGE = "Gebruik hier geen HTML-code of script. Schrijf gewone tekst.";
