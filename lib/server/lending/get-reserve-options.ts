import "server-only";
import { db } from "@/lib/db";
import { getAvailability } from "./get-availability";
import { amsterdamToday, nextPickupDays, type OpeningSlot, type PickupDay } from "./rules";
import { calendarOf, calendarSelect } from "./calendar";

export interface ReserveOptions {
  product: {
    slug: string;
    name: string;
    /** with its article, inside a sentence: "de GPS-tracker" ("dit hulpmiddel" when the data has none) */
    nameInSentence: string;
    shortDescription: string;
    imagePath: string;
    imageAlt: string;
    loanPeriodDays: number;
    lendable: boolean;
    /** records something about the resident: explained, and an explicit yes, before it can be reserved */
    isMonitoring: boolean;
    monitoring: { records: string; whoSees: string; howToStop: string } | null;
  };
  centre: { slug: string; name: string; street: string; postcode: string; city: string; phone: string; hours: OpeningSlot[]; municipality: { slug: string; name: string } };
  /** the centre has (non-retired) units of this product */
  lendsHere: boolean;
  /** units free right now (from getAvailability, the one source) */
  available: number;
  /** "YYYY-MM-DD" one is expected back when none is free now */
  nextAvailableDate: string | null;
  /** people WAITING for it at this centre */
  waiting: number;
  /** opening days from tomorrow the resident can choose */
  pickupDays: PickupDay[];
}

/** What the reservation page needs for one product at one centre; unknown product or centre -> null. */
export async function getReserveOptions(input: { productSlug: string; centreSlug: string; now?: Date }): Promise<ReserveOptions | null> {
  const now = input.now ?? new Date();
  const [product, centre] = await Promise.all([
    db.product.findFirst({
      where: { slug: input.productSlug, active: true },
      select: {
        id: true,
        slug: true,
        name: true,
        nameInSentence: true,
        shortDescription: true,
        imagePath: true,
        imageAlt: true,
        loanPeriodDays: true,
        lendable: true,
        isMonitoring: true,
        monitoringRecords: true,
        monitoringWhoSees: true,
        monitoringHowToStop: true,
      },
    }),
    db.lendingCentre.findUnique({
      where: { slug: input.centreSlug },
      select: {
        id: true,
        slug: true,
        name: true,
        street: true,
        postcode: true,
        city: true,
        phone: true,
        municipality: { select: { slug: true, name: true } },
        ...calendarSelect,
      },
    }),
  ]);
  if (!product || !centre) return null;
  const [availability, waiting] = await Promise.all([
    getAvailability({ centreIds: [centre.id], productIds: [product.id] }),
    db.waitlistEntry.count({ where: { productId: product.id, centreId: centre.id, status: "WAITING" } }),
  ]);
  const row = availability[0];
  const { id: _productId, monitoringRecords, monitoringWhoSees, monitoringHowToStop, nameInSentence, ...productRest } = product;
  const productOut = {
    ...productRest,
    nameInSentence: nameInSentence.trim() || "dit hulpmiddel",
    monitoring:
      product.isMonitoring && monitoringRecords && monitoringWhoSees && monitoringHowToStop
        ? { records: monitoringRecords, whoSees: monitoringWhoSees, howToStop: monitoringHowToStop }
        : null,
  };
  const { id: _centreId, openingHours, closedDays, ...centreOut } = centre;
  const calendar = calendarOf({ openingHours, closedDays });
  return {
    product: productOut,
    centre: { ...centreOut, hours: openingHours },
    lendsHere: !!row,
    available: row?.available ?? 0,
    nextAvailableDate: row?.nextAvailableDate ?? null,
    waiting,
    pickupDays: nextPickupDays(calendar, amsterdamToday(now)),
  };
}
