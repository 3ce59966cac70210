import "server-only";
import { db } from "@/lib/db";
import type { WaitlistStatus } from "@/lib/generated/prisma/client";
import { normaliseCode } from "@/lib/util/codes";
import { amsterdamToday, maskContact, nextPickupDays, type OpeningSlot, type PickupDay } from "../rules";
import { calendarOf, calendarSelect } from "../calendar";

export interface PublicWaitlistEntry {
  reference: string;
  status: WaitlistStatus;
  product: { slug: string; name: string; imagePath: string; imageAlt: string };
  centre: { slug: string; name: string; street: string; postcode: string; city: string; phone: string; hours: OpeningSlot[] };
  /** place in line while WAITING (1 = next); null otherwise */
  position: number | null;
  /** an open offer: until when it is held, whether that moment has passed, and the days one can pick up */
  offer: { expiresAt: Date; expired: boolean; pickupDays: PickupDay[] } | null;
  /** the reservation made when the offer was accepted */
  reservationReference: string | null;
  createdAt: Date;
  name: string;
  contact: string | null;
}

/** A waiting-list entry for whoever has its reference (the resident's page and the API). Unknown -> null. */
export async function getWaitlistEntryByReference(input: { reference: string; now?: Date }): Promise<PublicWaitlistEntry | null> {
  const now = input.now ?? new Date();
  const reference = normaliseCode(input.reference);
  if (!reference) return null;
  const e = await db.waitlistEntry.findUnique({
    where: { reference },
    select: {
      id: true,
      reference: true,
      status: true,
      productId: true,
      centreId: true,
      offerExpiresAt: true,
      createdAt: true,
      name: true,
      phone: true,
      email: true,
      reservation: { select: { reference: true } },
      product: { select: { slug: true, name: true, imagePath: true, imageAlt: true } },
      centre: {
        select: {
          slug: true,
          name: true,
          street: true,
          postcode: true,
          city: true,
          phone: true,
          ...calendarSelect,
        },
      },
    },
  });
  if (!e) return null;
  let position: number | null = null;
  if (e.status === "WAITING") {
    const ahead = await db.waitlistEntry.count({
      where: { productId: e.productId, centreId: e.centreId, status: "WAITING", OR: [{ createdAt: { lt: e.createdAt } }, { createdAt: e.createdAt, id: { lt: e.id } }] },
    });
    position = ahead + 1;
  }
  const { openingHours, closedDays, ...centre } = e.centre;
  const calendar = calendarOf({ openingHours, closedDays });
  const offer =
    e.status === "OFFERED" && e.offerExpiresAt
      ? { expiresAt: e.offerExpiresAt, expired: e.offerExpiresAt <= now, pickupDays: nextPickupDays(calendar, amsterdamToday(now)) }
      : null;
  return {
    reference: e.reference,
    status: e.status,
    product: e.product,
    centre: { ...centre, hours: openingHours },
    position,
    offer,
    reservationReference: e.reservation?.reference ?? null,
    createdAt: e.createdAt,
    name: e.name,
    contact: maskContact(e),
  };
}
