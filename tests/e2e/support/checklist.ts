import type { Page } from "@playwright/test";

/** Ticks every point of the hand-over checklist (the product's own points, explanation, ID). */
export async function tickCheckout(page: Page) {
  for (const box of await page.getByRole("group", { name: "Checklist bij meegeven" }).getByRole("checkbox").all()) await box.check();
}

/** Ticks every point of the product's list at take-back: all came back, not extra dirty, no damage. */
export async function tickAllReturned(page: Page) {
  const group = page.getByRole("group", { name: "Checklist bij terugnemen" });
  for (const box of await group.getByRole("checkbox").all()) {
    const name = (await box.getAttribute("name")) ?? "";
    if (name.startsWith("item-")) await box.check();
  }
}
