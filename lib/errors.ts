/** Coded errors that data access throws and pages / route handlers turn into a Dutch message or a JSON status. */
export type AppErrorCode = "NOT_FOUND" | "INVALID" | "CONFLICT" | "FORBIDDEN" | "GONE" | "RATE_LIMITED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fields?: Record<string, string[]>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFoundError = (what = "Dit bestaat niet (meer).") => new AppError("NOT_FOUND", what);

export const HTTP_STATUS: Record<AppErrorCode, number> = { NOT_FOUND: 404, INVALID: 400, CONFLICT: 409, FORBIDDEN: 403, GONE: 410, RATE_LIMITED: 429 };
