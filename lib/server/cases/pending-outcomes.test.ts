import { describe, expect, it } from "vitest";
import { pendingOutcomeProducts } from "./pending-outcomes";

describe("pendingOutcomeProducts", () => {
  const cases: { name: string; reservations: Parameters<typeof pendingOutcomeProducts>[0]; outcomes: { productId: string }[]; expected: string[] }[] = [
    { name: "nothing lent: nothing to ask", reservations: [], outcomes: [], expected: [] },
    { name: "reserved but not picked up: not yet", reservations: [{ productId: "a", loan: null }], outcomes: [], expected: [] },
    { name: "still on loan: not yet", reservations: [{ productId: "a", loan: { status: "ACTIVE" } }], outcomes: [], expected: [] },
    { name: "returned: ask", reservations: [{ productId: "a", loan: { status: "RETURNED" } }], outcomes: [], expected: ["a"] },
    { name: "returned and answered: do not ask again", reservations: [{ productId: "a", loan: { status: "RETURNED" } }], outcomes: [{ productId: "a" }], expected: [] },
    {
      name: "two loans of the same product: ask once",
      reservations: [
        { productId: "a", loan: { status: "RETURNED" } },
        { productId: "a", loan: { status: "RETURNED" } },
        { productId: "b", loan: { status: "RETURNED" } },
      ],
      outcomes: [],
      expected: ["a", "b"],
    },
  ];
  for (const c of cases) it(c.name, () => expect(pendingOutcomeProducts(c.reservations, c.outcomes)).toEqual(c.expected));
});
