/**
 * Coded errors that data access throws and pages / route handlers turn into a message or a JSON status.
 *
 * Data access says WHAT went wrong as a key of the error catalogue (messages/<locale>/errors.json, namespace
 * "errors") with parameters, never as a sentence: `appError("NOT_FOUND", "resident.reservationUnknown")`.
 * The catalogue is the one place the words live. `resident.*` errors are shown to residents and exist in every
 * language; `staff.*` errors are Dutch only (staff pages are Dutch). An AppError still carries the Dutch text as its
 * `message` (pages and the API show it; the API adds the key as `code`), and {@link errorText} gives it in another
 * language for a resident who chose one.
 */
import type nlErrors from "@/messages/nl/errors.json";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";

export type AppErrorCode = "NOT_FOUND" | "INVALID" | "CONFLICT" | "FORBIDDEN" | "GONE" | "RATE_LIMITED";

type Leaves<T, P extends string = ""> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];
/** A key of the error catalogue, e.g. "resident.offerGone" or "staff.unitNotFound". */
export type ErrorKey = Leaves<typeof nlErrors>;
export type ErrorParams = Record<string, string | number>;
/** A message of the catalogue with its parameters. */
export interface ErrorRef {
  key: ErrorKey;
  params?: ErrorParams;
}

/** The text of a catalogue message; staff messages and unknown locales fall back to Dutch. */
export function errorText(ref: ErrorRef, locale: Locale = DEFAULT_LOCALE): string {
  const use = ref.key.startsWith("resident.") ? locale : DEFAULT_LOCALE;
  return translatorFor(use, "errors")(ref.key, ref.params);
}

export class AppError extends Error {
  /** the catalogue key (absent on the few errors that still carry a finished sentence, e.g. zod field messages) */
  readonly key?: ErrorKey;
  readonly params?: ErrorParams;
  /** per field, the catalogue messages behind `fields` (for translating them) */
  readonly fieldRefs?: Record<string, ErrorRef[]>;

  constructor(
    readonly code: AppErrorCode,
    message: string | ErrorRef,
    readonly fields?: Record<string, string[]>,
    readonly details?: Record<string, unknown>,
    fieldRefs?: Record<string, ErrorRef[]>,
  ) {
    super(typeof message === "string" ? message : errorText(message));
    this.name = "AppError";
    if (typeof message !== "string") {
      this.key = message.key;
      this.params = message.params;
    }
    if (fieldRefs) this.fieldRefs = fieldRefs;
  }
}

export interface AppErrorOptions {
  params?: ErrorParams;
  /** the field the message belongs to: `fields` gets { [field]: [the same text] } */
  field?: string;
  /** a field with its own catalogue message */
  fieldMessage?: { field: string; key: ErrorKey; params?: ErrorParams };
  /** field messages that are already text (zod) */
  fields?: Record<string, string[]>;
  details?: Record<string, unknown>;
}

/** An AppError from a catalogue key: `throw appError("GONE", "resident.offerGone", { details: { status } })`. */
export function appError(code: AppErrorCode, key: ErrorKey, options: AppErrorOptions = {}): AppError {
  const ref: ErrorRef = options.params ? { key, params: options.params } : { key };
  const fieldRef = options.field ? { field: options.field, ...ref } : options.fieldMessage;
  const fieldRefs = fieldRef ? { [fieldRef.field]: [{ key: fieldRef.key, ...(fieldRef.params ? { params: fieldRef.params } : {}) }] } : undefined;
  const fields = fieldRefs ? { ...options.fields, [fieldRef!.field]: [errorText(fieldRefs[fieldRef!.field]![0]!)] } : options.fields;
  return new AppError(code, ref, fields, options.details, fieldRefs);
}

/** The message of an AppError in the resident's language (its Dutch message when it has no catalogue key). */
export function appErrorText(error: AppError, locale: Locale = DEFAULT_LOCALE): string {
  return error.key ? errorText({ key: error.key, params: error.params }, locale) : error.message;
}

/** The field messages of an AppError in the resident's language (those that come from the catalogue; others as they are). */
export function appErrorFields(error: AppError, locale: Locale = DEFAULT_LOCALE): Record<string, string[]> {
  const fields = { ...error.fields };
  for (const [field, refs] of Object.entries(error.fieldRefs ?? {})) fields[field] = refs.map((ref) => errorText(ref, locale));
  return fields;
}

export const notFoundError = (what: string | ErrorRef = "Dit bestaat niet (meer).") => new AppError("NOT_FOUND", what);

export const HTTP_STATUS: Record<AppErrorCode, number> = { NOT_FOUND: 404, INVALID: 400, CONFLICT: 409, FORBIDDEN: 403, GONE: 410, RATE_LIMITED: 429 };
