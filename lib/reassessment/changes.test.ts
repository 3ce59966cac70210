import { describe, expect, it } from "vitest";
import { compareAnswers, triedSuggestions } from "./changes";

describe("compareAnswers", () => {
  it.each([
    {
      name: "a new difficulty and one that got better",
      before: { difficulties: ["mobility.stairs", "bathing"], context: { "household.lives_alone": true } },
      after: { difficulties: ["bathing", "medication.remembering"], context: { "household.lives_alone": true } },
      added: ["medication.remembering"],
      better: ["mobility.stairs"],
      still: ["bathing"],
      context: 0,
      unchanged: false,
    },
    {
      name: "nothing changed",
      before: { difficulties: ["bathing"], context: { "home.rugs": false } },
      after: { difficulties: ["bathing"], context: { "home.rugs": false } },
      added: [],
      better: [],
      still: ["bathing"],
      context: 0,
      unchanged: true,
    },
    {
      name: "only the home changed (rugs removed, now a carer nearby)",
      before: { difficulties: ["mobility.walking"], context: { "home.rugs": true } },
      after: { difficulties: ["mobility.walking"], context: { "home.rugs": false, "network.carer_nearby": true } },
      added: [],
      better: [],
      still: ["mobility.walking"],
      context: 2,
      unchanged: false,
    },
  ])("$name", ({ before, after, added, better, still, context, unchanged }) => {
    const c = compareAnswers(before, after);
    expect(c.added).toEqual(added);
    expect(c.better).toEqual(better);
    expect(c.still).toEqual(still);
    expect(c.context).toHaveLength(context);
    expect(c.unchanged).toBe(unchanged);
  });
});

describe("triedSuggestions", () => {
  const d = (day: number) => new Date(Date.UTC(2026, 10, day));
  it("keeps the most telling fact per product: outcome > loan > reservation, newest first", () => {
    const tried = triedSuggestions({
      reservations: [
        { productName: "Douchekruk", status: "PICKED_UP", createdAt: d(1), loan: { status: "RETURNED", startedAt: d(2), returnedAt: d(20) } },
        { productName: "Medicijndispenser", status: "PICKED_UP", createdAt: d(3), loan: { status: "ACTIVE", startedAt: d(4), returnedAt: null } },
        { productName: "Traplift-proef", status: "CANCELLED", createdAt: d(5), loan: null },
        { productName: "Robotstofzuiger", status: "EXPIRED", createdAt: d(6), loan: null },
        { productName: "Halsalarm", status: "RESERVED", createdAt: d(7), loan: null },
      ],
      outcomes: [{ productName: "Douchekruk", result: "kept", helped: "yes", why: " Veilig douchen ", createdAt: d(21) }],
    });
    expect(tried.map((t) => [t.productName, t.status, t.helped, t.note])).toEqual([
      ["Douchekruk", "kept", "yes", "Veilig douchen"],
      ["Halsalarm", "reserved", null, null],
      ["Robotstofzuiger", "expired", null, null],
      ["Traplift-proef", "cancelled", null, null],
      ["Medicijndispenser", "borrowing", null, null],
    ]);
  });
  it("is empty when nothing was tried", () => {
    expect(triedSuggestions({ reservations: [], outcomes: [] })).toEqual([]);
  });
});
