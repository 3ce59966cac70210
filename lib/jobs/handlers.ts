import "server-only";
import { systemActor } from "@/lib/auth/actor";
/**
 * What the scheduled jobs do, as plain functions: pg-boss calls them (lib/jobs/index.ts), integration tests call
 * them directly with a fixed `now`. Each step is idempotent, so running a sweep twice changes nothing the second time.
 */
import { deliverOutbox, type DeliveryResult } from "@/lib/server/outbox/deliver-outbox";
import type { MessageSender } from "@/lib/server/outbox/sender";
import { erasePersonalData } from "@/lib/server/lending/erase-personal-data";
import { expireReservations } from "@/lib/server/lending/expire-reservations";
import { produceReminders } from "@/lib/server/lending/produce-reminders";
import { expireOffers } from "@/lib/server/lending/waitlist/expire-offers";
import { offerAvailableUnits } from "@/lib/server/lending/waitlist/offer-available-units";

export interface SweepResult {
  expiredReservations: number;
  expiredOffers: number;
  /** offers made: to the next in line after an expiry, or for a unit that was free while someone waited */
  offersMade: number;
  pickupReminders: number;
  returnReminders: number;
  erased: { reservations: number; waitlist: number; messages: number };
}

/**
 * The lending sweep (every 5 minutes): expire reservations not picked up, expire offers nobody accepted and pass
 * the unit to the next in line, offer free units to people waiting, produce due reminders, erase personal data
 * whose time is up. Order matters: expiries first, so freed units are offered in the same run.
 */
export async function runLendingSweep(options: { now?: Date } = {}): Promise<SweepResult> {
  const now = options.now ?? new Date();
  const sweep = systemActor("lending-sweep");
  const reservations = await expireReservations({ actor: sweep, now });
  const offers = await expireOffers({ actor: sweep, now });
  const safetyNet = await offerAvailableUnits({ actor: sweep, now });
  const reminders = await produceReminders({ actor: sweep, now });
  const erased = await erasePersonalData({ actor: sweep, now });
  return {
    expiredReservations: reservations.expired,
    expiredOffers: offers.expired,
    offersMade: reservations.offered + offers.passedOn + safetyNet.offered,
    pickupReminders: reminders.pickup,
    returnReminders: reminders.return,
    erased,
  };
}

/** Sends what is in the outbox (or marks it KEPT when no sender is configured). */
export async function runOutboxDelivery(options: { now?: Date; sender?: MessageSender | null; limit?: number } = {}): Promise<DeliveryResult> {
  return deliverOutbox(options);
}
