import { describe, expect, it } from "vitest";
import { outcomeTable, percentage, protectOutcomeRows, unitTable } from "./insight-tables";

describe("outcomeTable", () => {
  const names = new Map([
    ["robot", "Robotstofzuiger"],
    ["lamp", "Nachtlampje met sensor"],
  ]);

  it("adds up per product and sorts by most outcomes", () => {
    const rows = outcomeTable(
      [
        { productId: "lamp", helped: "yes", result: "kept", count: 1 },
        { productId: "robot", helped: "yes", result: "bought", count: 2 },
        { productId: "robot", helped: "no", result: "returned", count: 1 },
        { productId: "robot", helped: "partly", result: "kept", count: 1 },
      ],
      names,
    );
    expect(rows).toEqual([
      { productId: "robot", productName: "Robotstofzuiger", total: 4, helped: { yes: 2, partly: 1, no: 1 }, result: { kept: 1, returned: 1, bought: 2 } },
      { productId: "lamp", productName: "Nachtlampje met sensor", total: 1, helped: { yes: 1, partly: 0, no: 0 }, result: { kept: 1, returned: 0, bought: 0 } },
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
    const [row] = outcomeTable([{ productId: "lamp", helped: "maybe", result: "lost", count: 3 }], names);
    expect(row).toMatchObject({ total: 3, helped: { yes: 0, partly: 0, no: 0 }, result: { kept: 0, returned: 0, bought: 0 } });
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
  const row = (productName: string, total: number, helped: [number, number, number], result: [number, number, number]) => ({
    productId: productName,
    productName,
    total,
    helped: { yes: helped[0], partly: helped[1], no: helped[2] },
    result: { kept: result[0], returned: result[1], bought: result[2] },
  });

  it.each([
    {
      name: "one GPS tracker bought: every count of that row is hidden",
      rows: [row("GPS-tracker", 1, [1, 0, 0], [0, 0, 1])],
      expected: [{ total: null, helped: { yes: null, partly: 0, no: 0 }, result: { kept: 0, returned: 0, bought: null } }],
    },
    {
      name: "a big row stays visible",
      rows: [row("Nachtlampje", 30, [20, 10, 0], [15, 15, 0])],
      expected: [{ total: 30, helped: { yes: 20, partly: 10, no: 0 }, result: { kept: 15, returned: 15, bought: 0 } }],
    },
    {
      name: "one small answer next to a shown total: a second answer is hidden so it cannot be subtracted",
      rows: [row("Robotstofzuiger", 25, [22, 3, 0], [12, 13, 0])],
      expected: [{ total: 25, helped: { yes: null, partly: null, no: 0 }, result: { kept: 12, returned: 13, bought: 0 } }],
    },
    {
      name: "one small answer and only zeros besides a big one: that big one is hidden",
      rows: [row("Medicijndispenser", 14, [14, 0, 0], [10, 0, 4])],
      expected: [{ total: 14, helped: { yes: 14, partly: 0, no: 0 }, result: { kept: null, returned: 0, bought: null } }],
    },
  ])("$name", ({ rows, expected }) => {
    expect(protectOutcomeRows(rows).map(({ total, helped, result }) => ({ total, helped, result }))).toEqual(expected);
  });

  it("puts rows with a hidden total last, by name, so the order does not tell their size", () => {
    const rows = protectOutcomeRows([row("Zeker", 3, [3, 0, 0], [3, 0, 0]), row("Alarm", 1, [1, 0, 0], [1, 0, 0]), row("Lamp", 12, [12, 0, 0], [12, 0, 0])]);
    expect(rows.map((r) => r.productName)).toEqual(["Lamp", "Alarm", "Zeker"]);
  });
});
