import { describe, expect, it } from "vitest";
import { MAX_PHRASE_LENGTH, scrubPhrase } from "./scrub";

describe("scrubPhrase", () => {
  it.each([
    { name: "keeps plain words", text: "ik kan niet meer   goed bukken", out: "ik kan niet meer goed bukken" },
    { name: "drops an e-mail address", text: "mail mij op jan.jansen@example.nl over de trap", out: "mail mij op over de trap" },
    { name: "drops a phone number", text: "bel 06-12345678 als het kan", out: "bel als het kan" },
    { name: "drops an international number", text: "mijn nummer +31 (0)20 123 45 67 klopt", out: "mijn nummer klopt" },
    { name: "drops a postcode", text: "ik woon op 1234 AB en de stoep is hoog", out: "ik woon op en de stoep is hoog" },
    { name: "drops a postcode without space", text: "postcode 1234ab", out: "postcode" },
    { name: "drops house numbers and other digits", text: "Dorpsstraat 12 derde verdieping 3 trappen", out: "Dorpsstraat derde verdieping trappen" },
    { name: "drops Arabic-Indic digits", text: "رقمي ٠٦١٢٣٤٥٦٧٨ الدرج", out: "رقمي الدرج" },
    { name: "drops a web address", text: "zie www.voorbeeld.nl/pagina voor meer", out: "zie voor meer" },
    { name: "keeps diacritics", text: "ilaçlarımı unutuyorum", out: "ilaçlarımı unutuyorum" },
  ])("$name", ({ text, out }) => {
    expect(scrubPhrase(text)).toBe(out);
    expect(scrubPhrase(text)).not.toMatch(/\p{Nd}/u);
  });

  it("cuts very long phrases", () => {
    expect(scrubPhrase("woord ".repeat(200)).length).toBeLessThanOrEqual(MAX_PHRASE_LENGTH);
  });
});
