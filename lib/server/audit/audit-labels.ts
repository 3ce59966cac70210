/**
 * Pure helpers for reading the audit log: who acted, in words an administrator understands, without a resident's
 * personal data. Unit-tested beside this file.
 */
import { formatCode } from "@/lib/util/codes";

export type AuditActorKind = "staff" | "resident" | "system";

/** Actions a resident does without an account (by a code); used for events written before actorKind existed. */
const RESIDENT_ACTIONS = new Set(["waitlist.join", "waitlist.cancel", "waitlist.accept", "reservation.cancel"]);
const RESIDENT_CASE_PARTS = new Set(["verslag-inwoner", "residentResponse"]);

function detail(details: unknown, key: string): unknown {
  return details && typeof details === "object" && !Array.isArray(details) ? (details as Record<string, unknown>)[key] : undefined;
}

/**
 * Who acted in an event: the stored kind, or for older events (no kind stored) the best reading of what is there:
 * a user -> staff; a reservation made by a resident, a resident's waiting-list or cancel action, or a report read or
 * answered with the resident's code -> resident; anything else without a user (expiry, reminders, retention) -> system.
 */
export function auditActorKind(event: { actorKind: string | null; hasActor: boolean; action: string; details: unknown }): AuditActorKind {
  if (event.actorKind === "staff" || event.actorKind === "resident" || event.actorKind === "system") return event.actorKind;
  if (event.hasActor) return "staff";
  const via = detail(event.details, "via");
  if (event.action === "reservation.create") return via === "resident" || via === "waitlist" ? "resident" : "system";
  if (RESIDENT_ACTIONS.has(event.action)) return "resident";
  const part = detail(event.details, "part");
  if (typeof part === "string" && RESIDENT_CASE_PARTS.has(part)) return "resident";
  return "system";
}

/**
 * "Ruud Jansen" for staff; "Inwoner (reservering ABCD-2345)" for a resident, known by the code of their reservation
 * or waiting-list place (never by name); "Systeem (automatisch)" for background work.
 */
export function auditActorLabel(input: { kind: AuditActorKind; actorName: string | null; entityType: string; reference: string | null }): string {
  if (input.kind === "staff") return input.actorName ?? "Medewerker (account verwijderd)";
  if (input.kind === "system") return "Systeem (automatisch)";
  if (input.reference && input.entityType === "Reservation") return `Inwoner (reservering ${formatCode(input.reference)})`;
  if (input.reference && input.entityType === "WaitlistEntry") return `Inwoner (wachtlijst ${formatCode(input.reference)})`;
  if (input.entityType === "Case") return "Inwoner (met de code van het verslag)";
  if (input.entityType === "ProductSubmission") return "Leverancier (zonder account)";
  return "Inwoner";
}
