/**
 * JSON responses of the public API (app/api/v1): one error shape `{ error, fields }`, CORS for any origin,
 * cache headers, and the mapping of every error a route handler can meet to a status:
 *   ApiError (body problems: 400 / 413 / 415)  -> its own status
 *   ZodError (input that does not validate)     -> 400, one entry per field path ("answers.difficulties.0")
 *   AppError (data access, lib/errors.ts)       -> HTTP_STATUS[code] (NOT_FOUND 404, INVALID 400, ...)
 *   database unreachable / restarting / timeout / pool exhausted / too many clients -> 503 with Retry-After
 *   (lib/db-client.ts databaseUnavailableReason; the reason goes into the log line)
 *   anything else                               -> 500 with a generic Dutch message; logged without personal data
 * Pure (no Next, no database), so it is unit-tested beside this file.
 */
import { ZodError } from "zod";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { databaseUnavailableReason, type DatabaseUnavailableReason } from "@/lib/db-client";

export type FieldErrors = Record<string, string[]>;

/** The body of every error response of API v1. */
export interface ApiErrorBody {
  /** one Dutch sentence for people */
  error: string;
  /** per field path (e.g. "answers.difficulties.0"), the Dutch messages; empty when the problem is not one field */
  fields: FieldErrors;
  /** what went wrong as a stable key of the error catalogue (messages/nl/errors.json), e.g. "resident.offerGone"; absent when there is none */
  code?: string;
}

/** An error with an HTTP status, thrown by the API helpers (body too large, wrong content type, invalid JSON, ...). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: FieldErrors = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const MESSAGES = {
  invalid: "De gegevens kloppen niet. Bij fields staat wat er mis is.",
  internal: "Er ging bij ons iets mis. Probeer het later nog een keer.",
  unavailable: "De dienst is heel even niet bereikbaar. Probeer het over een paar seconden opnieuw.",
  methodNotAllowed: (allow: readonly string[]) => `Deze methode kan hier niet. Gebruik ${allow.join(" of ")}.`,
} as const;

/** Seconds a client should wait after a 503 (the database is restarting or briefly unreachable). */
export const RETRY_AFTER_SECONDS = 5;

/** Responses that others may cache for 5 minutes (questionnaire, OpenAPI document). */
export const CACHE_PUBLIC = "public, max-age=300";
/** Responses that are personal or live (advice, errors): never cached. */
export const CACHE_NONE = "no-store";

/** API v1 is public (other municipalities, partners): any origin may call it, without credentials. */
export const CORS_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Max-Age": "86400",
});

export interface JsonOptions {
  status?: number;
  /** Cache-Control value; default no-store */
  cache?: string;
  headers?: Record<string, string>;
}

/** Characters under which a JSON answer goes out uncompressed: the compression middleware's own threshold (1 kB). */
const SMALL_BODY = 1024;

export function json(data: unknown, options: JsonOptions = {}): Response {
  const body = JSON.stringify(data);
  return new Response(body, {
    status: options.status ?? 200,
    headers: {
      ...CORS_HEADERS,
      "Content-Type": "application/json; charset=utf-8",
      // a small answer is not compressed (gzip costs more than it saves there; Next's compression honours no-transform)
      "Cache-Control": body.length < SMALL_BODY ? `${options.cache ?? CACHE_NONE}, no-transform` : (options.cache ?? CACHE_NONE),
      ...options.headers,
    },
  });
}

export function errorResponse(status: number, message: string, fields: FieldErrors = {}, headers: Record<string, string> = {}, code?: string): Response {
  const body: ApiErrorBody = { error: message, fields, ...(code ? { code } : {}) };
  return json(body, { status, cache: CACHE_NONE, headers });
}

/** "answers.difficulties.0" for ["answers", "difficulties", 0]; "body" for the body as a whole. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "body" : path.map((p) => String(p)).join(".");
}

/**
 * The zod issues as field errors. Unknown keys of a strict object get one entry per key, naming it.
 * Built in a Map: a caller's key such as "__proto__" must become a plain entry, never touch a prototype.
 */
export function zodFields(error: ZodError): FieldErrors {
  const fields = new Map<string, string[]>();
  const add = (path: string, message: string) => {
    const list = fields.get(path) ?? [];
    if (!list.includes(message)) list.push(message);
    fields.set(path, list);
  };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add(fieldPath([...issue.path, key]), `Onbekend veld "${key}".`);
    } else {
      add(fieldPath(issue.path), issue.message);
    }
  }
  return Object.fromEntries(fields);
}

export function methodNotAllowed(allow: readonly string[]): Response {
  return errorResponse(405, MESSAGES.methodNotAllowed(allow), {}, { Allow: allow.join(", ") });
}

/** The answer to a CORS preflight (OPTIONS). */
export function preflight(allow: readonly string[]): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, Allow: allow.join(", "), "Cache-Control": CACHE_PUBLIC } });
}

/**
 * A line for the server log: the route, the error's type and code and, for a database that cannot be used right now,
 * the reason (a fixed label, e.g. "connect-timeout"); never the error's message (a message can contain what the
 * caller sent) and never the request body.
 */
export function describeForLog(route: string, error: unknown, unavailable: DatabaseUnavailableReason | null = databaseUnavailableReason(error)): string {
  const reason = unavailable ? ` -> 503 database unavailable: ${unavailable}` : "";
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const frames = (error.stack ?? "").split("\n").filter((line) => line.trimStart().startsWith("at ")).slice(0, 5);
    return [`[api] ${route}: ${error.name}${typeof code === "string" || typeof code === "number" ? ` (${code})` : ""}${reason}`, ...frames].join("\n");
  }
  return `[api] ${route}: ${typeof error} thrown${reason}`;
}

/** Any error from a route handler as a JSON response (see the table at the top). */
export function toErrorResponse(error: unknown, route: string, log: (line: string) => void = console.error): Response {
  if (error instanceof ApiError) return errorResponse(error.status, error.message, error.fields, error.headers);
  if (error instanceof ZodError) return errorResponse(400, MESSAGES.invalid, zodFields(error));
  if (error instanceof AppError) {
    const retryAfter = error.details?.retryAfterSeconds;
    const headers: Record<string, string> = typeof retryAfter === "number" ? { "Retry-After": String(retryAfter) } : {};
    return errorResponse(HTTP_STATUS[error.code], error.message, error.fields ?? {}, headers, error.key);
  }
  const unavailable = databaseUnavailableReason(error);
  log(describeForLog(route, error, unavailable));
  if (unavailable) return errorResponse(503, MESSAGES.unavailable, {}, { "Retry-After": String(RETRY_AFTER_SECONDS) });
  return errorResponse(500, MESSAGES.internal);
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Wraps a route handler: every thrown error becomes a JSON response from {@link toErrorResponse}. */
export function apiRoute<C = unknown>(route: string, handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return toErrorResponse(error, route);
    }
  };
}
