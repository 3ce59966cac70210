/**
 * Reads a JSON request body for the public API, refusing what a route should never have to look at:
 * a wrong content type (415), a body over the limit (413: the Content-Length header is checked first, and the
 * bytes actually read are counted too, because a header can lie or be absent), a body that is empty, not UTF-8
 * or not JSON (400). Throws ApiError; `apiRoute` turns it into the JSON error response.
 */
import { ApiError } from "./responses";

/** The largest body API v1 accepts: 64 KB. A full set of answers is well under 2 KB. */
export const MAX_BODY_BYTES = 64 * 1024;

export const BODY_MESSAGES = {
  contentType: "Stuur de gegevens als JSON, met de kop Content-Type: application/json.",
  tooLarge: (maxBytes: number) => `De gegevens zijn te groot. Het maximum is ${Math.floor(maxBytes / 1024)} KB.`,
  empty: "Er zijn geen gegevens meegestuurd. Stuur een JSON-object.",
  notUtf8: "De gegevens zijn geen geldige UTF-8-tekst.",
  invalidJson: "De gegevens zijn geen geldige JSON.",
  aborted: "De gegevens zijn niet helemaal aangekomen. Probeer het opnieuw.",
} as const;

/** True for application/json and application/<something>+json, with at most a UTF-8 charset. */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [type = "", ...params] = header.split(";").map((part) => part.trim().toLowerCase());
  const isJson = type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
  if (!isJson) return false;
  for (const param of params) {
    const [name, value = ""] = param.split("=").map((s) => s.trim());
    if (name === "charset" && value.replaceAll('"', "") !== "utf-8" && value.replaceAll('"', "") !== "utf8") return false;
  }
  return true;
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, BODY_MESSAGES.tooLarge(maxBytes));
}

/** Reads at most `maxBytes` from the stream; stops reading (and cancels the stream) as soon as there is more. */
export async function readLimited(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch {
      throw new ApiError(400, BODY_MESSAGES.aborted);
    }
    if (result.done) break;
    total += result.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(result.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The parsed JSON body (any JSON value: validate it with a zod schema next). */
export async function readJsonBody(request: Request, options: { maxBytes?: number } = {}): Promise<unknown> {
  const maxBytes = options.maxBytes ?? MAX_BODY_BYTES;
  if (!isJsonContentType(request.headers.get("content-type"))) {
    throw new ApiError(415, BODY_MESSAGES.contentType, {}, { "Accept-Post": "application/json" });
  }
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) throw tooLarge(maxBytes);

  const bytes = await readLimited(request.body, maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(400, BODY_MESSAGES.notUtf8);
  }
  if (text.trim() === "") throw new ApiError(400, BODY_MESSAGES.empty);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, BODY_MESSAGES.invalidJson);
  }
}
