import { describe, expect, it } from "vitest";
import { fieldErrors, reservationFormSchema, reservationRequestSchema, waitlistRequestSchema } from "./reservation";

const valid = { product: "robotstofzuiger", centre: "zorginnovatiehub-leyweg", pickupDate: "2026-11-24", name: "Jan", phone: "06 1234 5678", consent: true };

const errorsOf = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? {} : fieldErrors(result.error as never);
};

describe("reservationRequestSchema", () => {
  it.each([
    ["a phone number only", {}, []],
    ["an e-mail address only", { phone: undefined, email: "Jan@Voorbeeld.NL" }, []],
    ["empty strings count as not filled in", { phone: "", email: "jan@voorbeeld.nl" }, []],
    ["neither phone nor e-mail", { phone: undefined }, ["phone"]],
    ["phone null and e-mail null", { phone: null, email: null }, ["phone"]],
    ["consent false", { consent: false }, ["consent"]],
    ["consent as a string", { consent: "true" }, ["consent"]],
    ["consent false and no contact: both at once", { consent: false, phone: undefined }, ["consent", "phone"]],
    ["a phone number with letters", { phone: "06-abc" }, ["phone"]],
    ["a phone number that is too short", { phone: "12345" }, ["phone"]],
    ["a wrong e-mail", { phone: undefined, email: "jan@" }, ["email"]],
    ["a name of spaces", { name: "   " }, ["name"]],
    ["a pickup date in another format", { pickupDate: "24-11-2026" }, ["pickupDate"]],
    ["a product with capitals", { product: "Robot" }, ["product"]],
    ["an extra field", { extra: 1 }, ["extra"]],
  ])("%s", (_name, change, fields) => {
    const errors = errorsOf(reservationRequestSchema, { ...valid, ...change });
    expect(Object.keys(errors).sort()).toEqual([...fields].sort());
  });

  it("normalises what it accepts", () => {
    const parsed = reservationRequestSchema.parse({ ...valid, name: "  Jan  ", phone: undefined, email: " Jan@Voorbeeld.NL " });
    expect(parsed).toMatchObject({ name: "Jan", email: "jan@voorbeeld.nl" });
    expect(parsed.phone).toBeUndefined();
  });
});

describe("the forms", () => {
  it("needs the consent box ticked and a pickup day chosen", () => {
    const errors = errorsOf(reservationFormSchema, { pickupDate: "", name: "Jan", phone: "0612345678", email: "" });
    expect(Object.keys(errors).sort()).toEqual(["consent", "pickupDate"]);
    expect(errors.pickupDate?.[0]).toBe("Kies een dag om het hulpmiddel op te halen.");
  });

  it("accepts a ticked box", () => {
    expect(errorsOf(reservationFormSchema, { pickupDate: "2026-11-24", name: "Jan", phone: "", email: "jan@voorbeeld.nl", consent: "on" })).toEqual({});
  });

  it("has the same contact rule on the waiting list", () => {
    expect(Object.keys(errorsOf(waitlistRequestSchema, { product: "a", centre: "b", name: "Jan", consent: true }))).toEqual(["phone"]);
  });
});
