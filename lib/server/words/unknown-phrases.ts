import "server-only";
/**
 * Phrases in a resident's own words that the matcher (lib/words) did not understand. A resident keeps one only by
 * ticking consent; it is stored scrubbed (lib/words/scrub.ts) with its language, without any link to the resident,
 * the assessment or the municipality. Catalogue editors read and remove them (anyone else: NOT FOUND).
 */
import { z } from "zod";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { appError, notFoundError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { scrubPhrase } from "@/lib/words/scrub";
import { WORD_LOCALES, type WordLocale } from "@/lib/words/types";

export const keepPhraseSchema = z.object({
  text: z.string().trim().min(1, "Typ eerst in uw eigen woorden wat moeilijk gaat.").max(2000, "Uw tekst is te lang. Gebruik minder dan 2000 tekens."),
  locale: z.enum(WORD_LOCALES),
  consent: z.literal(true, { error: "Zet een vinkje als wij uw zin mogen bewaren." }),
});

/** Keeps a scrubbed phrase; returns what was stored, or null when nothing was left after scrubbing. */
export async function keepUnknownPhrase(input: { text: string; locale: string; consent: boolean }): Promise<{ id: string; phrase: string } | null> {
  const parsed = keepPhraseSchema.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[issue.path.map(String).join(".") || "text"] ??= []).push(issue.message);
    throw appError("INVALID", "resident.somethingNotFilledIn", { fields });
  }
  const phrase = scrubPhrase(parsed.data.text);
  if (phrase.length === 0) return null;
  return db.$transaction(async (tx) => {
    const row = await tx.unknownPhrase.create({ data: { phrase, locale: parsed.data.locale }, select: { id: true, phrase: true } });
    await recordAuditEvent({ actor: null, actorKind: "resident", action: "words.phrase_keep", entityType: "UnknownPhrase", entityId: row.id, municipalityId: null, details: { locale: parsed.data.locale } }, tx);
    return row;
  });
}

export interface UnknownPhraseRow {
  id: string;
  phrase: string;
  locale: WordLocale;
  createdAt: Date;
}

function assertEditor(actor: Actor | null | undefined): asserts actor is Actor {
  if (!actor || !can(actor, "catalogue:manage")) throw notFoundError();
}

/** Newest first, optionally one language. */
export async function listUnknownPhrases(actor: Actor | null, filter: { locale?: WordLocale; take?: number } = {}): Promise<UnknownPhraseRow[]> {
  assertEditor(actor);
  const rows = await db.unknownPhrase.findMany({
    where: filter.locale ? { locale: filter.locale } : {},
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: Math.min(Math.max(filter.take ?? 200, 1), 1000),
  });
  return rows.map((r) => ({ id: r.id, phrase: r.phrase, locale: r.locale as WordLocale, createdAt: r.createdAt }));
}

/** Removes a phrase (added to the lexicon, or not useful). Unknown id: NOT FOUND. */
export async function removeUnknownPhrase(actor: Actor | null, id: string): Promise<void> {
  assertEditor(actor);
  await db.$transaction(async (tx) => {
    const deleted = await tx.unknownPhrase.deleteMany({ where: { id } });
    if (deleted.count === 0) throw notFoundError();
    await recordAuditEvent({ actor, action: "words.phrase_remove", entityType: "UnknownPhrase", entityId: id, municipalityId: null }, tx);
  });
}
