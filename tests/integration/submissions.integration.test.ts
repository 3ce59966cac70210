/**
 * Supplier submissions against a real PostgreSQL: the public API (201 with a reference; 400 with field details for
 * markup or a fake image; 413 for a body that is too large), the status lookup, the review queue (duplicates pointed
 * out, complete the rules -> draft product -> publish -> residents get it; reject -> the supplier's e-mail in the
 * outbox), the hourly limit per client, and cross-role: a resident, a consultant and a municipality administrator
 * cannot review. Every action is audited.
 */
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postSubmission } from "@/app/api/v1/submissions/route";
import { GET as getSubmission } from "@/app/api/v1/submissions/[reference]/route";
import type { Actor } from "@/lib/auth/permissions";
import { parseProductForm, productToForm } from "@/lib/catalogue/product-form";
import { RESIDENT_PROFILES } from "@/lib/catalogue/profiles";
import type { SubmissionFields, SubmissionStatusResponse } from "@/lib/schemas/submission";
import { buildAdvice } from "@/lib/server/advice/build-advice";
import { getProductForEditing } from "@/lib/server/catalogue/edit-product";
import { publishCatalogueDraft } from "@/lib/server/catalogue/manage-catalogue";
import { completeSubmission, getSubmissionForReview, listSubmissions, rejectSubmission, submitProduct, SUBMISSIONS_PER_HOUR } from "@/lib/server/catalogue/submissions";
import { resetWithDemoData } from "./helpers";
import { actorFor } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let editor: Actor;
let platformAdmin: Actor;
let consultant: Actor;
let municipalityAdmin: Actor;
let photo: Buffer;

const BASE = "http://localhost:3000";
type ErrorBody = { error: string; fields: Record<string, string[]> };

const FIELDS: SubmissionFields = {
  name: "Slimme stofzuigrobot Zuig-O-Mat",
  description: "Een robot die zelf de vloer stofzuigt. U zet hem aan met een knop.",
  iso9999Code: "15 12 06",
  supplier: "Zuig BV",
  manufacturer: "",
  contactName: "J. de Vries",
  contactEmail: "leverancier@zuig.example",
  priceMinEuro: 150,
  priceMaxEuro: 400,
  pricePeriod: "once",
  isMonitoring: false,
  monitoringRecords: "",
  monitoringWhoSees: "",
  monitoringHowToStop: "",
};

const post = (body: unknown, headers: Record<string, string> = {}) =>
  postSubmission(new Request(`${BASE}/api/v1/submissions`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) }), undefined);
const lookup = (reference: string) => getSubmission(new Request(`${BASE}/api/v1/submissions/${reference}`), { params: Promise.resolve({ reference }) });
let clientNo = 0;
const freshClient = () => `test-client-${++clientNo}`;

beforeAll(async () => {
  db = await resetWithDemoData();
  editor = await actorFor(db, "catalogus@ttv.demo");
  platformAdmin = await actorFor(db, "platform@ttv.demo");
  consultant = await actorFor(db, "consulent@denhaag.demo");
  municipalityAdmin = await actorFor(db, "beheer@denhaag.demo");
  photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#8ab" } }).jpeg().toBuffer();
});

describe("POST /api/v1/submissions", () => {
  it("201: stores the submission as nieuw with re-encoded images and gives a reference to look up", async () => {
    const response = await post({ product: { ...FIELDS, manufacturer: undefined, monitoringRecords: undefined }, images: [{ data: photo.toString("base64"), alt: "Een ronde robot op een vloer" }] });
    expect(response.status).toBe(201);
    const body = (await response.json()) as SubmissionStatusResponse;
    expect(body).toMatchObject({ status: "nieuw", productName: FIELDS.name, reason: null });
    expect(body.reference).toMatch(/^[A-Z0-9]{8}$/);
    expect(response.headers.get("location")).toBe(`/api/v1/submissions/${body.reference}`);

    const row = await db.productSubmission.findUniqueOrThrow({ where: { reference: body.reference } });
    const images = row.images as { path: string; alt: string; width: number }[];
    expect(images).toEqual([{ path: expect.stringMatching(/^\/afbeeldingen\/[0-9a-f]{64}\.webp$/), alt: "Een ronde robot op een vloer", width: 800, height: 600 }]);
    const stored = await db.storedImage.findFirstOrThrow({ where: { sha256: images[0]!.path.slice(14, 78) } });
    expect(stored.contentType).toBe("image/webp");
    expect(Buffer.compare(Buffer.from(stored.bytes), photo)).not.toBe(0);

    const status = await lookup(body.reference.slice(0, 4) + "-" + body.reference.slice(4).toLowerCase());
    expect(status.status).toBe(200);
    expect(((await status.json()) as SubmissionStatusResponse).status).toBe("nieuw");
    expect((await lookup("BCDF2345")).status).toBe(404);
  });

  it.each([
    ["script in the description", { product: { ...FIELDS, description: "Goed <script>alert(1)</script>" }, images: [{ data: "AAAA", alt: "x" }] }, "product.description", "Gebruik hier geen HTML-code of script"],
    ["HTML in an alt text", { product: FIELDS, images: [{ data: "AAAA", alt: '<img src=x onerror="alert(1)">' }] }, "images.0.alt", "Gebruik hier geen HTML-code of script"],
    ["a bad ISO code", { product: { ...FIELDS, iso9999Code: "99 12" }, images: [{ data: "AAAA", alt: "x" }] }, "product.iso9999Code", "Geen geldige ISO 9999-code"],
    ["no image", { product: FIELDS, images: [] }, "images", "Voeg minstens één afbeelding toe."],
    ["an unknown field", { product: { ...FIELDS, rules: {} }, images: [{ data: "AAAA", alt: "x" }] }, "product.rules", ""],
  ])("400 with field details: %s", async (_name, body, field, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const error = (await response.json()) as ErrorBody;
    expect(error.fields[field]?.join(" ")).toContain(message);
  });

  it("400 for an image that is not a real image (HTML named as a PNG), and nothing is stored", async () => {
    const before = await db.productSubmission.count();
    const fake = Buffer.from("<html><script>alert(1)</script></html>").toString("base64");
    const response = await post({ product: FIELDS, images: [{ data: photo.toString("base64"), alt: "Goed" }, { data: fake, alt: "Nep" }] });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).fields["images.1"]).toEqual(["Dit is geen afbeelding. Gebruik een PNG-, JPEG- of WebP-bestand."]);
    expect(await db.productSubmission.count()).toBe(before);
  });

  it("413 for a body over the limit, 415 without JSON", async () => {
    expect((await post("x".repeat(10), { "content-length": String(20 * 1024 * 1024) })).status).toBe(413);
    expect((await post(JSON.stringify({ product: FIELDS }), { "content-type": "text/plain" })).status).toBe(415);
  });

  it(`allows ${SUBMISSIONS_PER_HOUR} submissions per client per hour, then refuses with a Dutch message`, async () => {
    const client = freshClient();
    for (let i = 0; i < SUBMISSIONS_PER_HOUR; i++) await submitProduct({ fields: { ...FIELDS, name: `Robot ${i}` }, images: [{ bytes: photo, alt: "Robot" }], client });
    await expect(submitProduct({ fields: FIELDS, images: [{ bytes: photo, alt: "Robot" }], client })).rejects.toMatchObject({ code: "RATE_LIMITED", key: "staff.supplierTooManySubmissions", message: expect.stringMatching(/^U heeft al veel producten aangemeld\. Probeer het over \d+ (minuut|minuten) opnieuw\.$/) });
  });
});

describe("the review queue", () => {
  it.each([
    ["a resident (not signed in)", () => null],
    ["a consultant", () => consultant],
    ["a municipality administrator", () => municipalityAdmin],
  ])("%s cannot list, open, complete or reject (not found)", async (_name, who) => {
    const [first] = await listSubmissions(editor, "nieuw");
    await expect(listSubmissions(who())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSubmissionForReview(who(), first!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(rejectSubmission(who(), first!.id, "nee")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { product } = await getProductForEditing(editor, "robotstofzuiger");
    await expect(completeSubmission(who(), first!.id, { ...product, slug: "x-test" }, "ja")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.productSubmission.findUniqueOrThrow({ where: { id: first!.id } })).status).toBe("nieuw");
  });

  it("points out duplicates: the same name (normalised), or the same ISO code and supplier", async () => {
    const { product } = await getProductForEditing(editor, "robotstofzuiger");
    const sameName = await submitProduct({ fields: { ...FIELDS, name: "  ROBOTSTOFZUIGER " }, images: [{ bytes: photo, alt: "Robot" }], client: freshClient() });
    const sameIsoSupplier = await submitProduct({ fields: { ...FIELDS, name: "Iets anders", iso9999Code: product.iso9999Code, supplier: "Fabrikant X" }, images: [{ bytes: photo, alt: "Robot" }], client: freshClient() });
    // give the catalogue product a supplier, in the draft, so "same ISO code and supplier" can match
    const { saveProductEdit } = await import("@/lib/server/catalogue/edit-product");
    await saveProductEdit(editor, { ...product, supplier: "fabrikant  x" }, "Leverancier ingevuld");
    const byRef = async (reference: string) => {
      const row = await db.productSubmission.findUniqueOrThrow({ where: { reference } });
      return getSubmissionForReview(editor, row.id);
    };
    expect((await byRef(sameName.reference)).duplicates).toEqual([{ slug: "robotstofzuiger", name: "Robotstofzuiger", reasons: ["name"] }]);
    expect((await byRef(sameIsoSupplier.reference)).duplicates).toEqual([{ slug: "robotstofzuiger", name: "Robotstofzuiger", reasons: ["iso-supplier"] }]);
    const first = (await listSubmissions(editor, "nieuw"))[0]!;
    expect((await getSubmissionForReview(editor, first.id)).duplicates).toEqual([]);
  });

  it("submission -> editor completes the rules -> draft product -> publish -> a resident's advice shows it", async () => {
    const submitted = await submitProduct({ fields: { ...FIELDS, name: "Vloerrobot Schoon" }, images: [{ bytes: photo, alt: "Een platte robot" }], client: freshClient() });
    const row = await db.productSubmission.findUniqueOrThrow({ where: { reference: submitted.reference } });
    const review = await getSubmissionForReview(editor, row.id);
    // the editor uses the robot vacuum cleaner's rules as a start
    const { product: model } = await getProductForEditing(editor, "robotstofzuiger");
    const values = { ...productToForm(model), slug: "vloerrobot-schoon", name: review.fields.name, shortDescription: review.fields.description, supplier: "Zuig BV", imagePath: review.images[0]!.path, imageAlt: review.images[0]!.alt };
    const parsed = parseProductForm(values);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const created = await completeSubmission(editor, row.id, parsed.product, "Aanmelding van Zuig BV");
    expect((await lookup(submitted.reference).then((r) => r.json())) as SubmissionStatusResponse).toMatchObject({ status: "in_concept" });
    await expect(completeSubmission(editor, row.id, parsed.product, "nog eens")).rejects.toMatchObject({ code: "CONFLICT" });

    await publishCatalogueDraft(editor, created.number);
    expect((await lookup(submitted.reference).then((r) => r.json())) as SubmissionStatusResponse).toMatchObject({ status: "gepubliceerd", statusText: "Uw product staat in de catalogus." });
    const advice = await Promise.all(RESIDENT_PROFILES.map((p) => buildAdvice({ municipalitySlug: "den-haag", answers: p.answers })));
    const shown = advice.flatMap((a) => a.recommendations).find((r) => r.product.slug === "vloerrobot-schoon");
    expect(shown?.product).toMatchObject({ name: "Vloerrobot Schoon", imagePath: review.images[0]!.path, imageAlt: "Een platte robot" });
  });

  it("reject: the reason is required; the supplier gets it by e-mail through the outbox and in the status", async () => {
    const submitted = await submitProduct({ fields: { ...FIELDS, name: "Wondermiddel" }, images: [{ bytes: photo, alt: "Een doos" }], client: freshClient() });
    const row = await db.productSubmission.findUniqueOrThrow({ where: { reference: submitted.reference } });
    await expect(rejectSubmission(editor, row.id, "   ")).rejects.toMatchObject({ code: "INVALID", fields: { reason: expect.any(Array) } });
    await rejectSubmission(platformAdmin, row.id, "Dit product is geen hulpmiddel voor thuis.");
    const mail = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `submission-rejected:${row.id}` } });
    expect(mail).toMatchObject({ channel: "email", toAddress: FIELDS.contactEmail, kind: "submission_rejected", status: "PENDING" });
    expect(mail.subject).toContain(submitted.reference.slice(0, 4));
    expect(mail.body).toContain("Dit product is geen hulpmiddel voor thuis.");
    expect(mail.body).toContain(`/leveranciers/status?kenmerk=${submitted.reference}`);
    expect((await lookup(submitted.reference).then((r) => r.json())) as SubmissionStatusResponse).toMatchObject({ status: "afgewezen", reason: "Dit product is geen hulpmiddel voor thuis." });
    await expect(rejectSubmission(editor, row.id, "nog eens")).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.outboxMessage.count({ where: { kind: "submission_rejected" } })).toBe(1);
  });

  it("audits submit, accept and reject", async () => {
    const count = async (action: string) => db.auditEvent.count({ where: { action, entityType: "ProductSubmission" } });
    expect(await count("submission.create")).toBeGreaterThanOrEqual(9);
    expect(await count("submission.accept")).toBe(1);
    expect(await count("submission.reject")).toBe(1);
    const created = await db.auditEvent.findFirstOrThrow({ where: { action: "submission.create" } });
    expect(created.actorId).toBeNull();
  });
});
