import { describe, expect, it } from "vitest";
import { outcomeTable, percentage, protectOutcomeRows, unitTable } from "./insight-tables";

describe("outcomeTable", () => {
  const names = new Map([
    ["robot", "Robotstofzuiger"],
    ["lamp", "Nachtlampje met sensor"],
  ]);
  const none = { yes: 0, partly: 0, no: 0, not_asked: 0 };
  const noResult = { kept: 0, returned_positive: 0, returned_negative: 0, returned_unsaid: 0, will_buy: 0, bought_elsewhere: 0, bought: 0 };
  const noReason = { helps: 0, did_not_help: 0, too_difficult: 0, did_not_fit_home: 0, not_needed_any_more: 0, only_a_bridge: 0, buying_other: 0, unknown: 0, none: 0 };

  it("adds up per product (the consultant's and the desk's answers alike) and sorts by most outcomes", () => {
    const rows = outcomeTable(
      [
        { productId: "lamp", helped: "yes", result: "kept", count: 1 },
        { productId: "robot", helped: "yes", result: "bought", count: 2 },
        { productId: "robot", helped: "no", result: "returned", count: 1 },
        { productId: "robot", helped: "", result: "returned", returnKind: "positive", reasonCode: "only_a_bridge", learned: true, count: 3 },
        { productId: "robot", helped: "", result: "returned", returnKind: "negative", reasonCode: "too_difficult", learned: true, count: 2 },
        { productId: "robot", helped: "", result: "will_buy", reasonCode: "helps", count: 1 },
        { productId: "robot", helped: "", result: "bought_elsewhere", reasonCode: "buying_other", learned: true, count: 1 },
      ],
      names,
    );
    expect(rows).toEqual([
      {
        productId: "robot",
        productName: "Robotstofzuiger",
        total: 10,
        helped: { yes: 2, partly: 0, no: 1, not_asked: 7 },
        result: { ...noResult, returned_positive: 3, returned_negative: 2, returned_unsaid: 1, will_buy: 1, bought_elsewhere: 1, bought: 2 },
        reason: { ...noReason, only_a_bridge: 3, too_difficult: 2, helps: 1, buying_other: 1, none: 3 },
        learning: { learned: 6, not_learned: 4 },
      },
      {
        productId: "lamp",
        productName: "Nachtlampje met sensor",
        total: 1,
        helped: { ...none, yes: 1 },
        result: { ...noResult, kept: 1 },
        reason: { ...noReason, none: 1 },
        learning: { learned: 0, not_learned: 1 },
      },
    ]);
  });

  it("sorts equal totals by name and names an unknown product", () => {
    const rows = outcomeTable(
      [
        { productId: "robot", helped: "yes", result: "kept", count: 1 },
        { productId: "gone", helped: "yes", result: "kept", count: 1 },
        { productId: "lamp", helped: "yes", result: "kept", count: 1 },
      ],
      names,
    );
    expect(rows.map((r) => r.productName)).toEqual(["Nachtlampje met sensor", "Onbekend hulpmiddel", "Robotstofzuiger"]);
  });

  it("counts unknown answers in the total only", () => {
    const [row] = outcomeTable([{ productId: "lamp", helped: "maybe", result: "lost", reasonCode: "odd", count: 3 }], names);
    expect(row).toMatchObject({ total: 3, helped: none, result: noResult, reason: noReason });
  });

  it("is empty without outcomes", () => {
    expect(outcomeTable([], names)).toEqual([]);
  });
});

describe("unitTable", () => {
  const centres = [
    { id: "a", name: "Leyweg" },
    { id: "b", name: "Escamp" },
  ];
  it("lists every centre, counts per status and totals", () => {
    const table = unitTable(
      [
        { centreId: "a", status: "AVAILABLE", count: 3 },
        { centreId: "a", status: "ON_LOAN", count: 2 },
        { centreId: "x", status: "AVAILABLE", count: 9 },
      ],
      centres,
    );
    expect(table.rows.map((r) => [r.centreName, r.byStatus.AVAILABLE, r.byStatus.ON_LOAN, r.total])).toEqual([
      ["Leyweg", 3, 2, 5],
      ["Escamp", 0, 0, 0],
    ]);
    expect(table.totals.AVAILABLE).toBe(3);
    expect(table.total).toBe(5);
  });
});

describe("percentage", () => {
  it.each([
    [1, 4, 25],
    [1, 3, 33],
    [2, 3, 67],
    [0, 0, 0],
    [5, 5, 100],
  ])("%i of %i = %i%%", (part, whole, expected) => {
    expect(percentage(part, whole)).toBe(expected);
  });
});

describe("protectOutcomeRows", () => {
  /** A row from grouped answers, as outcomeTable builds it. */
  const row = (productName: string, groups: { helped?: string; result: string; returnKind?: string; reasonCode?: string; learned?: boolean; count: number }[]) =>
    outcomeTable(
      groups.map((g) => ({ productId: productName, helped: g.helped ?? "", ...g })),
      new Map([[productName, productName]]),
    )[0]!;

  it.each([
    {
      name: "one GPS tracker bought elsewhere: every count of that row is hidden",
      rows: [row("GPS-tracker", [{ result: "bought_elsewhere", reasonCode: "helps", count: 1 }])],
      expected: { total: null, result: { kept: 0, bought_elsewhere: null }, reason: { helps: null, none: 0 }, helped: { not_asked: null }, learning: { learned: 0, not_learned: null } },
    },
    {
      name: "a big row stays visible, with positive and negative returns apart",
      rows: [
        row("Nachtlampje", [
          { result: "kept", reasonCode: "helps", learned: true, count: 15 },
          { result: "returned", returnKind: "positive", reasonCode: "only_a_bridge", learned: true, count: 10 },
          { result: "returned", returnKind: "negative", reasonCode: "did_not_help", learned: true, count: 12 },
        ]),
      ],
      expected: {
        total: 37,
        result: { kept: 15, returned_positive: 10, returned_negative: 12, returned_unsaid: 0 },
        reason: { helps: 15, only_a_bridge: 10, did_not_help: 12, none: 0 },
        helped: { not_asked: 37 },
        learning: { learned: 37, not_learned: 0 },
      },
    },
    {
      name: "three negative returns next to a shown total: a second answer is hidden so they cannot be subtracted, in each sum",
      rows: [
        row("Robotstofzuiger", [
          { result: "kept", reasonCode: "helps", learned: true, count: 22 },
          { result: "returned", returnKind: "negative", reasonCode: "too_difficult", count: 3 },
        ]),
      ],
      expected: {
        total: 25,
        result: { kept: null, returned_negative: null },
        reason: { helps: null, too_difficult: null },
        helped: { not_asked: 25 },
        learning: { learned: null, not_learned: null },
      },
    },
    {
      name: "walk-in loans without a difficulty: counted, but shown as not counting in the learning",
      rows: [row("Medicijndispenser", [{ result: "kept", reasonCode: "helps", count: 14 }])],
      expected: { total: 14, result: { kept: 14 }, reason: { helps: 14 }, helped: { not_asked: 14 }, learning: { learned: 0, not_learned: 14 } },
    },
  ])("$name", ({ rows, expected }) => {
    const [shown] = protectOutcomeRows(rows);
    expect(shown).toMatchObject(expected);
  });

  it("puts rows with a hidden total last, by name, so the order does not tell their size", () => {
    const rows = protectOutcomeRows([row("Zeker", [{ result: "kept", count: 3 }]), row("Alarm", [{ result: "kept", count: 1 }]), row("Lamp", [{ result: "kept", count: 12 }])]);
    expect(rows.map((r) => r.productName)).toEqual(["Lamp", "Alarm", "Zeker"]);
  });
});
