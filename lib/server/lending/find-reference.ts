import "server-only";
import { db } from "@/lib/db";
import { normaliseCode } from "@/lib/util/codes";

/** Which page a code a resident typed belongs to: a reservation, a waiting-list entry, or nothing we know. */
export async function findReference(input: { code: string }): Promise<{ kind: "reservation" | "waitlist"; reference: string } | null> {
  const reference = normaliseCode(input.code);
  if (reference.length < 4 || reference.length > 16) return null;
  const [reservation, entry] = await Promise.all([
    db.reservation.findUnique({ where: { reference }, select: { reference: true } }),
    db.waitlistEntry.findUnique({ where: { reference }, select: { reference: true } }),
  ]);
  if (reservation) return { kind: "reservation", reference };
  if (entry) return { kind: "waitlist", reference };
  return null;
}
