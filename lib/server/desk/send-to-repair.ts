import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { appError } from "@/lib/errors";
import { fieldErrors, sendToRepairSchema, type SendToRepairInput } from "@/lib/schemas/desk";
import { dateToDay, dayToDate } from "@/lib/util/dates";
import { dayFromToday, today, TX_OPTIONS } from "./desk-scope";
import { applyUnitTransition } from "./apply-unit-transition";
import type { UnitStatus } from "./unit-transitions";

/** Without a date from staff, a repair is expected to take this long (shown as "next available" to residents). */
export const DEFAULT_REPAIR_DAYS = 14;

/** An available or cleaned unit goes to repair: it cannot be lent until the repair is marked done. */
export async function sendToRepair({ actor, ...input }: { actor: Actor } & SendToRepairInput): Promise<{ unitId: string; status: UnitStatus; untilDay: string }> {
  const parsed = sendToRepairSchema.safeParse(input);
  if (!parsed.success) throw appError("INVALID", "staff.checkTheData", { fields: fieldErrors(parsed.error) });
  const { unitId, note, until } = parsed.data;
  if (until !== undefined && until < today()) throw appError("INVALID", "staff.checkTheData", { fieldMessage: { field: "until", key: "staff.dayInPast" } });
  const statusUntil = until ? dayToDate(until) : dayFromToday(DEFAULT_REPAIR_DAYS);
  const result = await db.$transaction((tx) => applyUnitTransition(tx, { actor, unitId, action: "send_to_repair", note, statusUntil }), TX_OPTIONS);
  return { unitId: result.unitId, status: result.to, untilDay: dateToDay(statusUntil) };
}
