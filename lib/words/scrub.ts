/**
 * Takes personal data out of a phrase before it is kept for catalogue editors (pure): e-mail addresses, web
 * addresses, Dutch postcodes ("1234 AB"), phone numbers and every other digit are removed; spaces are tidied and the
 * phrase is cut at MAX_PHRASE_LENGTH. What is left is the resident's words about their difficulty.
 * Names cannot be recognised reliably: the consent text asks the resident not to type them.
 */
export const MAX_PHRASE_LENGTH = 300;

export function scrubPhrase(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, " ")
    .replace(/\b(?:https?:\/\/|www\.)\S+/giu, " ")
    .replace(/\b\d{4}\s?[A-Za-z]{2}\b/g, " ")
    .replace(/\+?[\d\p{Nd}][\d\p{Nd}\s().\/-]{5,}[\d\p{Nd}]/gu, " ")
    .replace(/\p{Nd}+/gu, " ")
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_PHRASE_LENGTH)
    .trim();
}
