import { describe, expect, it } from "vitest";
import { formatShownCount, suppressSmallCounts, type SumRelation } from "./small-counts";

/** A table of `cells` with a shown total per row (last value of each row). */
function rowsWithTotals(cells: number[][]): { values: number[]; relations: SumRelation[] } {
  const values: number[] = [];
  const relations: SumRelation[] = [];
  for (const row of cells) {
    const start = values.length;
    values.push(...row, row.reduce((a, b) => a + b, 0));
    relations.push({ total: start + row.length, parts: row.map((_, i) => start + i) });
  }
  return { values, relations };
}

describe("suppressSmallCounts", () => {
  it.each([
    { name: "shows counts of 10 and more, and zero", row: [10, 0, 25], shown: [10, 0, 25, 35] },
    { name: "hides a single 1 and one more cell so the total cannot give it away", row: [1, 12, 30], shown: [null, null, 30, 43] },
    { name: "hides 9 (below 10) like 1", row: [9, 15, 20], shown: [null, null, 20, 44] },
    { name: "two small cells protect each other: the total may stay", row: [2, 3, 40], shown: [null, null, 40, 45] },
    { name: "with only zeros left, the total is hidden", row: [1, 0, 0], shown: [null, 0, 0, null] },
    { name: "one small cell next to zeros and one big cell: the big cell is hidden", row: [4, 0, 16], shown: [null, 0, null, 20] },
    { name: "a small total is hidden itself", row: [3, 0, 0], shown: [null, 0, 0, null] },
    { name: "nothing to hide in an empty row", row: [0, 0, 0], shown: [0, 0, 0, 0] },
  ])("$name", ({ row, shown }) => {
    const { values, relations } = rowsWithTotals([row]);
    expect(suppressSmallCounts(values, relations)).toEqual(shown);
  });

  it("never leaves exactly one hidden part in a line whose total is shown (rows, columns, grand total)", () => {
    // 3 x 3 cells, row totals, column totals and the grand total, as in a table with a "Totaal" row and column.
    const cells = [
      [1, 20, 30],
      [15, 12, 40],
      [11, 0, 50],
    ];
    const n = 3;
    const cell = (r: number, c: number) => r * n + c;
    const rowTotal = (r: number) => n * n + r;
    const colTotal = (c: number) => n * n + n + c;
    const grand = n * n + 2 * n;
    const values = [...cells.flat(), ...cells.map((r) => r.reduce((a, b) => a + b, 0)), ...[0, 1, 2].map((c) => cells.reduce((a, r) => a + (r[c] ?? 0), 0))];
    values.push(values.slice(n * n, n * n + n).reduce((a, b) => a + b, 0));
    const relations: SumRelation[] = [
      ...[0, 1, 2].map((r) => ({ total: rowTotal(r), parts: [0, 1, 2].map((c) => cell(r, c)) })),
      ...[0, 1, 2].map((c) => ({ total: colTotal(c), parts: [0, 1, 2].map((r) => cell(r, c)) })),
      { total: grand, parts: [0, 1, 2].map(rowTotal) },
      { total: grand, parts: [0, 1, 2].map(colTotal) },
    ];
    const shown = suppressSmallCounts(values, relations);
    expect(shown[cell(0, 0)]).toBeNull();
    for (const { total, parts } of relations) {
      if (shown[total] === null) continue;
      expect(parts.filter((p) => shown[p] === null).length).not.toBe(1);
    }
  });

  it("hides only sensitive values for being small, but may hide any value to protect one", () => {
    // cell 0 counts people, cell 1 counts things; both small.
    const shown = suppressSmallCounts([2, 3, 50, 55], [{ total: 3, parts: [0, 1, 2] }], (i) => i === 0);
    expect(shown).toEqual([null, null, 50, 55]);
    expect(suppressSmallCounts([0, 3, 50, 53], [{ total: 3, parts: [0, 1, 2] }], (i) => i === 0)).toEqual([0, 3, 50, 53]);
  });
});

describe("formatShownCount", () => {
  it.each([
    [null, "< 10"],
    [0, "0"],
    [12, "12"],
  ])("%s -> %s", (value, text) => {
    expect(formatShownCount(value)).toBe(text);
  });
});
