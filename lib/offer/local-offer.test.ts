import { describe, expect, it } from "vitest";
import { isSuggestable, localInfoOf, localOfferFormSchema, offerFor, type LocalOffer } from "./local-offer";

const offer = (display: "hide" | "label"): LocalOffer => ({
  display,
  products: new Map([
    ["off", { offered: false, local: null }],
    ["on", { offered: true, local: { fundingNote: "Via de Wmo", supplier: null, priceAgreement: null, note: null } }],
  ]),
});

describe("local offer", () => {
  it.each([
    ["no entry: offered", "hide", "new", true, true],
    ["offered", "hide", "on", true, true],
    ["not offered, hidden", "hide", "off", false, false],
    ["not offered, labelled", "label", "off", true, false],
  ] as const)("%s", (_n, display, id, suggestable, via) => {
    expect(isSuggestable(offer(display), id)).toBe(suggestable);
    expect(offerFor(offer(display), id).viaMunicipality).toBe(via);
  });

  it("local information: empty fields are null, all empty is null", () => {
    expect(localInfoOf({ localFundingNote: " ", localSupplier: "", priceAgreement: "", localNote: "" })).toBeNull();
    expect(localInfoOf({ localFundingNote: "", localSupplier: "Thuiszorgwinkel", priceAgreement: "", localNote: "" })).toEqual({ fundingNote: null, supplier: "Thuiszorgwinkel", priceAgreement: null, note: null });
  });

  it("the form refuses a missing choice and too long text, in Dutch", () => {
    const bad = localOfferFormSchema.safeParse({ aangeboden: "", financiering: "x".repeat(501), leverancier: "", prijsafspraak: "", notitie: "" });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toMatch(/Kies of uw gemeente/);
    expect(JSON.stringify(bad.error?.issues)).toMatch(/hoogstens 500 tekens/);
  });
});
