"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { DeskActionState } from "@/components/desk/form-state";
import { getCurrentUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, errorText } from "@/lib/errors";
import {
  centreSlugSchema,
  checkinChecklistSchema,
  checkoutChecklistSchema,
  confirmSchema,
  fieldErrors,
  recordIdSchema,
  sendToRepairSchema,
} from "@/lib/schemas/desk";
import { cancelReservation } from "@/lib/server/lending/cancel-reservation";
import { confirmAtDesk } from "@/lib/server/desk/confirm-at-desk";
import { createUnit } from "@/lib/server/desk/create-unit";
import { extendAtDesk } from "@/lib/server/desk/extend-at-desk";
import { finishCleaning } from "@/lib/server/desk/finish-cleaning";
import { finishRepair } from "@/lib/server/desk/finish-repair";
import { handOver } from "@/lib/server/desk/hand-over";
import { retireUnit } from "@/lib/server/desk/retire-unit";
import { sendToRepair } from "@/lib/server/desk/send-to-repair";
import { takeBack } from "@/lib/server/desk/take-back";
import { updateUnit } from "@/lib/server/desk/update-unit";
import { CODE_NOT_FOUND, findByCode } from "@/lib/server/desk/find-by-code";
import { lendWalkIn } from "@/lib/server/desk/lend-walk-in";

/*
 * Server actions of the lending-centre desk. Each one treats its input as coming from anyone: it checks the
 * signed-in person, validates with zod, lets lib/server/desk authorize and scope (another centre's record: not
 * found), and answers with Dutch messages for the form. Unexpected errors become a calm message, never a 500.
 */

const SIGNED_OUT: DeskActionState = { message: "U bent niet (meer) ingelogd als medewerker van een uitleenpunt. Log opnieuw in." };
const GENERIC = "Er ging iets mis. Probeer het opnieuw. Blijft het misgaan? Laad de pagina opnieuw.";

async function staffActor(): Promise<Actor | null> {
  const user = await getCurrentUser();
  return user && user.role === "CENTRE_STAFF" ? user : null;
}

function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$")) out[key] = value;
  }
  return out;
}

function failure(error: unknown, values: Record<string, string>): DeskActionState {
  if (error instanceof AppError) return { message: error.message, errors: error.fields, values };
  // no personal data in logs: only the kind of error
  console.error("[balie] actie mislukt:", error instanceof Error ? error.name : typeof error, (error as { code?: unknown })?.code ?? "");
  return { message: GENERIC, values };
}

function invalid(error: z.ZodError, values: Record<string, string>, message = "Controleer de gegevens."): DeskActionState {
  return { message, errors: fieldErrors(error), values };
}

type Values = Record<string, string>;
type Parsed<T> = { data: T } | { state: DeskActionState };

/** Parses the form's values with a zod schema; on failure the Dutch field errors go back to the form. */
function withSchema<S extends z.ZodType>(schema: S, message?: string): (values: Values) => Parsed<z.output<S>> {
  return (values) => {
    const result = schema.safeParse(values);
    return result.success ? { data: result.data } : { state: invalid(result.error, values, message) };
  };
}

/**
 * The one shape of every desk action: a signed-in staff member, validated input, the data-access call (which
 * authorizes and scopes), then a redirect to the page that shows the result; any failure goes back to the form.
 */
async function deskAction<T, R>(
  formData: FormData,
  parse: (values: Values) => Parsed<T>,
  run: (actor: Actor, input: T) => Promise<R>,
  target: (input: T, result: R) => string,
): Promise<DeskActionState> {
  const actor = await staffActor();
  if (!actor) return SIGNED_OUT;
  const values = formValues(formData);
  const parsed = parse(values);
  if ("state" in parsed) return parsed.state;
  let result: R;
  try {
    result = await run(actor, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  redirect(target(parsed.data, result));
}

const unitRef = z.object({ centreSlug: centreSlugSchema, unitId: recordIdSchema });
const reservationRef = z.object({ centreSlug: centreSlugSchema, reservationId: recordIdSchema });
const loanRef = z.object({ centreSlug: centreSlugSchema, loanId: recordIdSchema });
const noteSchema = z.string().trim().max(500, { error: "Gebruik hoogstens 500 tekens." }).optional();

const unitPath = (centreSlug: string, unitId: string, done: string) => `/balie/${centreSlug}/voorraad/${unitId}?gedaan=${done}`;
const reservationPath = (centreSlug: string, reservationId: string, done: string) => `/balie/${centreSlug}/reserveringen/${reservationId}?gedaan=${done}`;

/** A reference schema plus a checklist read from the same form values. */
function withChecklist<R extends z.ZodType, C extends z.ZodType>(ref: R, checklist: C, message?: string) {
  return (values: Values): Parsed<{ ref: z.output<R>; checklist: z.output<C> }> => {
    const parsedRef = withSchema(ref)(values);
    if ("state" in parsedRef) return parsedRef;
    const parsedChecklist = withSchema(z.object({ checklist }), message)({ checklist: values } as unknown as Values);
    if ("state" in parsedChecklist) return { state: { ...parsedChecklist.state, values } };
    return { data: { ref: parsedRef.data, checklist: (parsedChecklist.data as { checklist: z.output<C> }).checklist } };
  };
}

export async function handOverAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  return deskAction(
    formData,
    withChecklist(reservationRef, checkoutChecklistSchema, "Vink alle punten van de checklist aan voordat u het hulpmiddel meegeeft."),
    (actor, { ref, checklist }) => handOver({ actor, reservationId: ref.reservationId, checklist }),
    ({ ref }) => reservationPath(ref.centreSlug, ref.reservationId, "meegegeven"),
  );
}

export async function takeBackAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  return deskAction(
    formData,
    withChecklist(loanRef, checkinChecklistSchema),
    (actor, { ref, checklist }) => takeBack({ actor, loanId: ref.loanId, checklist }),
    ({ ref }, result) => unitPath(ref.centreSlug, result.unitId, result.status === "REPAIR" ? "terug-schade" : "teruggenomen"),
  );
}

export async function finishCleaningAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  return deskAction(
    formData,
    withSchema(unitRef),
    (actor, input) => finishCleaning({ actor, unitId: input.unitId }),
    (input) => unitPath(input.centreSlug, input.unitId, "schoon"),
  );
}

export async function finishRepairAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  return deskAction(
    formData,
    withSchema(unitRef.extend({ note: noteSchema })),
    (actor, input) => finishRepair({ actor, unitId: input.unitId, note: input.note }),
    (input) => unitPath(input.centreSlug, input.unitId, "gerepareerd"),
  );
}

export async function sendToRepairAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  return deskAction(
    formData,
    withSchema(sendToRepairSchema.extend({ centreSlug: centreSlugSchema, unitId: recordIdSchema })),
    (actor, input) => sendToRepair({ actor, unitId: input.unitId, note: input.note, until: input.until }),
    (input) => unitPath(input.centreSlug, input.unitId, "reparatie"),
  );
}

export async function retireUnitAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  return deskAction(
    formData,
    withSchema(unitRef.extend({ note: noteSchema, confirm: confirmSchema })),
    (actor, input) => retireUnit({ actor, unitId: input.unitId, note: input.note }),
    (input) => unitPath(input.centreSlug, input.unitId, "afgeschreven"),
  );
}

export async function createUnitAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  // product, code and notes are validated by createUnit itself, which names the fields in its errors
  return deskAction(
    formData,
    (values) => {
      const centre = withSchema(z.object({ centreSlug: centreSlugSchema }))(values);
      return "state" in centre ? centre : { data: { centreSlug: centre.data.centreSlug, productId: values.productId ?? "", code: values.code ?? "", notes: values.notes } };
    },
    (actor, input) => createUnit({ actor, ...input }),
    (input, result) => unitPath(input.centreSlug, result.unitId, "toegevoegd"),
  );
}

export async function updateUnitAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  return deskAction(
    formData,
    (values) => {
      const ref = withSchema(unitRef)(values);
      return "state" in ref ? ref : { data: { ...ref.data, code: values.code ?? "", notes: values.notes } };
    },
    (actor, input) => updateUnit({ actor, unitId: input.unitId, code: input.code, notes: input.notes }),
    (input) => unitPath(input.centreSlug, input.unitId, "aangepast"),
  );
}

export async function confirmReservationAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  return deskAction(
    formData,
    withSchema(reservationRef),
    (actor, input) => confirmAtDesk({ actor, reservationId: input.reservationId }),
    (input) => reservationPath(input.centreSlug, input.reservationId, "bevestigd"),
  );
}

export async function cancelReservationAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  return deskAction(
    formData,
    withSchema(reservationRef.extend({ confirm: confirmSchema })),
    (actor, input) => cancelReservation({ actor, reservationId: input.reservationId }),
    (input) => reservationPath(input.centreSlug, input.reservationId, "geannuleerd"),
  );
}

export async function extendLoanAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  return deskAction(
    formData,
    withSchema(reservationRef.extend({ loanId: recordIdSchema })),
    (actor, input) => extendAtDesk({ actor, loanId: input.loanId }),
    (input) => reservationPath(input.centreSlug, input.reservationId, "verlengd"),
  );
}

const codeSchema = z
  .string({ error: "Vul een code in." })
  .trim()
  .min(1, { error: "Vul een code in." })
  .max(60, { error: "Deze code is te lang. Kijk of de code goed is." })
  .regex(/^[A-Za-z0-9 -]+$/, { error: errorText({ key: CODE_NOT_FOUND }) });

/** "Code of etiket" on the today page: to the reservation or the unit it names (own centres only). */
export async function findCodeAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  const actor = await staffActor();
  if (!actor) return SIGNED_OUT;
  const values = formValues(formData);
  const parsed = z.object({ centreSlug: centreSlugSchema, code: codeSchema }).safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values, "Kijk of de code goed is.");
  let target: string;
  try {
    const match = await findByCode({ actor, code: parsed.data.code });
    target = match.kind === "reservation" ? `/balie/${match.centreSlug}/reserveringen/${match.reservationId}` : `/balie/${match.centreSlug}/voorraad/${match.unitId}`;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return { message: error.message, errors: { code: [error.message] }, values };
    return failure(error, values);
  }
  redirect(target);
}

/** Lending to someone without a reservation: borrower with consent, the product's checklist, then the loan. */
export async function lendWalkInAction(_state: DeskActionState, formData: FormData): Promise<DeskActionState> {
  return deskAction(
    formData,
    (values) => {
      const ref = withSchema(unitRef)(values);
      if ("state" in ref) return ref;
      return {
        data: {
          ...ref.data,
          name: values.name ?? "",
          phone: values.phone || null,
          email: values.email || null,
          consent: values.consent === "on",
          difficulty: values.difficulty || null,
          checklist: values,
        },
      };
    },
    (actor, input) => lendWalkIn({ actor, unitId: input.unitId, name: input.name, phone: input.phone, email: input.email, consent: input.consent, difficulty: input.difficulty, checklist: input.checklist }),
    (input, result) => reservationPath(input.centreSlug, result.reservationId, "uitgeleend"),
  );
}
