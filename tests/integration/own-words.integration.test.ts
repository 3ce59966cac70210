/**
 * The need in one's own words, against a real PostgreSQL: a phrase the matcher did not understand is kept only with
 * the resident's consent, scrubbed (no digits, e-mail, phone, postcode) and with its language only; only catalogue
 * editors can list and remove kept phrases (everybody else: not found); keeping and removing are audited.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { keepUnknownPhrase, listUnknownPhrases, removeUnknownPhrase } from "@/lib/server/words/unknown-phrases";
import { errorCode, resetWithDemoData } from "./helpers";
import { actorFor } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let editor: Actor;
let consultant: Actor;
let municipalityAdmin: Actor;

beforeAll(async () => {
  db = await resetWithDemoData();
  editor = await actorFor(db, "catalogus@ttv.demo");
  consultant = await actorFor(db, "consulent@denhaag.demo");
  municipalityAdmin = await actorFor(db, "beheer@denhaag.demo");
}, 180_000); // seeding the demo data takes long on a busy machine

describe("unknown phrases", () => {
  it("are not kept without consent", async () => {
    const before = await db.unknownPhrase.count();
    expect(await errorCode(keepUnknownPhrase({ text: "de drempel bij de achterdeur", locale: "nl", consent: false }))).toBe("INVALID");
    expect(await errorCode(keepUnknownPhrase({ text: "   ", locale: "nl", consent: true }))).toBe("INVALID");
    expect(await errorCode(keepUnknownPhrase({ text: "de drempel", locale: "de", consent: true }))).toBe("INVALID");
    expect(await db.unknownPhrase.count()).toBe(before);
  });

  it("are kept scrubbed, with phrase and language only, and audited", async () => {
    const kept = await keepUnknownPhrase({
      text: "Bel mij op 06-12345678 of mail piet@example.nl, ik woon op 2511 AB nummer 12 en de drempel is hoog",
      locale: "nl",
      consent: true,
    });
    expect(kept).not.toBeNull();
    const row = await db.unknownPhrase.findUniqueOrThrow({ where: { id: kept!.id } });
    expect(row.phrase).toBe("Bel mij op of mail , ik woon op nummer en de drempel is hoog");
    expect(row.phrase).not.toMatch(/\d|@/);
    expect(Object.keys(row).sort()).toEqual(["createdAt", "id", "locale", "phrase"]);
    expect(row.locale).toBe("nl");
    const audit = await db.auditEvent.findFirst({ where: { action: "words.phrase_keep", entityId: row.id } });
    expect(audit).toMatchObject({ actorId: null, municipalityId: null });
  });

  it("keep nothing when only personal data was typed", async () => {
    expect(await keepUnknownPhrase({ text: "0612345678 piet@example.nl 1234 AB", locale: "nl", consent: true })).toBeNull();
  });

  it("are listed for catalogue editors only, per language", async () => {
    await keepUnknownPhrase({ text: "kapının eşiği çok yüksek", locale: "tr", consent: true });
    const all = await listUnknownPhrases(editor);
    expect(all.map((r) => r.locale)).toEqual(expect.arrayContaining(["nl", "tr"]));
    const tr = await listUnknownPhrases(editor, { locale: "tr" });
    expect(tr.every((r) => r.locale === "tr")).toBe(true);
    expect(tr.map((r) => r.phrase)).toContain("kapının eşiği çok yüksek");
    for (const other of [consultant, municipalityAdmin, null]) {
      expect(await errorCode(listUnknownPhrases(other))).toBe("NOT_FOUND");
    }
  });

  it("are removed by an editor (audited); others read them as not found", async () => {
    const [first] = await listUnknownPhrases(editor);
    expect(await errorCode(removeUnknownPhrase(consultant, first!.id))).toBe("NOT_FOUND");
    await removeUnknownPhrase(editor, first!.id);
    expect(await db.unknownPhrase.findUnique({ where: { id: first!.id } })).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "words.phrase_remove", entityId: first!.id, actorId: editor.userId } })).toBe(1);
    expect(await errorCode(removeUnknownPhrase(editor, first!.id))).toBe("NOT_FOUND");
  });
});
