import { describe, expect, it } from "vitest";
import { returnKindOf } from "@/lib/learning/outcome-codes";
import { outcomeInputSchema } from "./outcome";

describe("outcomeInputSchema", () => {
  it.each([
    { result: "kept", reason: "helps", ok: true },
    { result: "returned", reason: "only_a_bridge", ok: true },
    { result: "bought_elsewhere", reason: "buying_other", ok: true },
    { result: "will_buy", reason: "unknown", ok: true },
    { result: "kept", reason: "did_not_help", ok: false, field: "reason" },
    { result: "returned", reason: "helps", ok: false, field: "reason" },
    { result: "", reason: "helps", ok: false, field: "result" },
    { result: "bought", reason: "helps", ok: false, field: "result" },
    { result: "kept", reason: "<script>", ok: false, field: "reason" },
  ])("$result + $reason → $ok", ({ result, reason, ok, field }) => {
    const parsed = outcomeInputSchema.safeParse({ result, reason });
    expect(parsed.success).toBe(ok);
    if (!parsed.success) expect(parsed.error.issues.map((i) => i.path[0])).toContain(field);
  });
});

describe("returnKindOf", () => {
  it.each([
    ["returned", "did_not_help", "negative"],
    ["returned", "too_difficult", "negative"],
    ["returned", "not_needed_any_more", "positive"],
    ["returned", "only_a_bridge", "positive"],
    ["returned", "unknown", null],
    ["kept", "helps", null],
    ["returned", null, null],
  ] as const)("%s + %s → %s", (result, reason, kind) => {
    expect(returnKindOf(result, reason)).toBe(kind);
  });
});
