import { describe, expect, it } from "vitest";
import { BODY_MESSAGES, isJsonContentType, MAX_BODY_BYTES, readJsonBody, readLimited } from "./read-json-body";
import { ApiError } from "./responses";

const encoder = new TextEncoder();

/** A stream that hands out `chunks` one by one and remembers how far it was read and whether it was cancelled. */
function trackedStream(chunks: Uint8Array[]) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[state.pulled];
      state.pulled++;
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

function post(body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }): Request {
  return new Request("http://localhost/api/v1/advice", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected an ApiError");
}

describe("isJsonContentType", () => {
  it.each([
    { header: "application/json", ok: true },
    { header: "application/json; charset=utf-8", ok: true },
    { header: "Application/JSON; Charset=UTF-8", ok: true },
    { header: 'application/json; charset="utf-8"', ok: true },
    { header: "application/merge-patch+json", ok: true },
    { header: "application/json; charset=latin1", ok: false },
    { header: "text/plain", ok: false },
    { header: "application/x-www-form-urlencoded", ok: false },
    { header: "multipart/form-data; boundary=x", ok: false },
    { header: "application/jsonp", ok: false },
    { header: "", ok: false },
    { header: null, ok: false },
  ])("$header → $ok", ({ header, ok }) => {
    expect(isJsonContentType(header)).toBe(ok);
  });
});

describe("readJsonBody", () => {
  it("parses a JSON body", async () => {
    expect(await readJsonBody(post(JSON.stringify({ a: [1, "b"] })))).toEqual({ a: [1, "b"] });
  });

  it("accepts a body of exactly the limit", async () => {
    const filler = "x".repeat(MAX_BODY_BYTES - 2);
    expect(await readJsonBody(post(`"${filler}"`))).toBe(filler);
  });

  it("skips a UTF-8 byte order mark", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('{"a":1}')]);
    expect(await readJsonBody(post(bytes))).toEqual({ a: 1 });
  });

  it.each([
    { name: "no content type", headers: {} as Record<string, string> },
    { name: "text/plain", headers: { "content-type": "text/plain" } },
    { name: "a form", headers: { "content-type": "application/x-www-form-urlencoded" } },
  ])("refuses $name with 415", async ({ headers }) => {
    const error = await failure(readJsonBody(post('{"a":1}', headers)));
    expect(error.status).toBe(415);
    expect(error.message).toBe(BODY_MESSAGES.contentType);
  });

  it.each([
    { name: "invalid JSON", body: "{bad", message: BODY_MESSAGES.invalidJson },
    { name: "JSON with trailing text", body: '{"a":1} x', message: BODY_MESSAGES.invalidJson },
    { name: "an empty body", body: "", message: BODY_MESSAGES.empty },
    { name: "only whitespace", body: "  \n ", message: BODY_MESSAGES.empty },
    { name: "bytes that are not UTF-8", body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), message: BODY_MESSAGES.notUtf8 },
  ])("refuses $name with 400", async ({ body, message }) => {
    const error = await failure(readJsonBody(post(body)));
    expect(error.status).toBe(400);
    expect(error.message).toBe(message);
  });

  it("refuses on the Content-Length header alone, before reading the body", async () => {
    const { stream, state } = trackedStream([encoder.encode("{}")]);
    const request = post(stream, { "content-type": "application/json", "content-length": String(MAX_BODY_BYTES + 1) });
    const error = await failure(readJsonBody(request));
    expect(error.status).toBe(413);
    expect(error.message).toBe(BODY_MESSAGES.tooLarge(MAX_BODY_BYTES));
    expect(state.pulled).toBeLessThanOrEqual(1); // a stream may pre-fetch one chunk, but nothing is consumed
  });

  it("counts the bytes it reads when there is no Content-Length, and stops reading", async () => {
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    const { stream, state } = trackedStream(Array.from({ length: 40 }, () => chunk)); // 640 KB
    const error = await failure(readJsonBody(post(stream)));
    expect(error.status).toBe(413);
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThan(10);
  });

  it("does not trust a Content-Length that is too small", async () => {
    const big = JSON.stringify({ text: "x".repeat(MAX_BODY_BYTES) });
    const { stream } = trackedStream([encoder.encode(big)]);
    const request = post(stream, { "content-type": "application/json", "content-length": "10" });
    expect((await failure(readJsonBody(request))).status).toBe(413);
  });

  it("takes a smaller limit", async () => {
    expect((await failure(readJsonBody(post('{"a":"12345678"}'), { maxBytes: 8 }))).message).toBe(BODY_MESSAGES.tooLarge(8));
  });

  it("turns a stream that breaks off into a 400", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('{"a":'));
        controller.error(new Error("socket hang up"));
      },
    });
    const error = await failure(readJsonBody(post(stream)));
    expect(error.status).toBe(400);
    expect(error.message).toBe(BODY_MESSAGES.aborted);
  });
});

describe("readLimited", () => {
  it("joins the chunks in order", async () => {
    const { stream } = trackedStream([encoder.encode("ab"), encoder.encode("cd"), encoder.encode("e")]);
    expect(new TextDecoder().decode(await readLimited(stream, 5))).toBe("abcde");
  });

  it("reads nothing from no body", async () => {
    expect((await readLimited(null, 5)).byteLength).toBe(0);
  });
});
