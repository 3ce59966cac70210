/**
 * zod schemas for a resident's answers: shared by the questionnaire's server actions and the public API.
 * Error messages name the unknown code or the wrong value.
 */
import "./zod-setup";
import { z } from "zod";
import { BOOLEAN_CONTEXT_CODES, CLUTTER_CODE, CLUTTER_VALUES, DIFFICULTY_CODES, isContextCode, isDifficultyCode } from "@/lib/questions/codes";
import type { Answers, ContextValue } from "@/lib/matching/types";

const booleanCodes = new Set<string>(BOOLEAN_CONTEXT_CODES);

export const difficultiesSchema = z
  .array(z.string({ error: "Een moeilijkheid moet een code (tekst) zijn." }), { error: "difficulties moet een lijst met codes zijn." })
  .max(DIFFICULTY_CODES.length, { error: `Er zijn maximaal ${DIFFICULTY_CODES.length} moeilijkheden.` })
  .superRefine((codes, ctx) => {
    codes.forEach((code, index) => {
      if (!isDifficultyCode(code)) {
        ctx.addIssue({ code: "custom", path: [index], message: `Onbekende code voor een moeilijkheid: "${code}".` });
      }
    });
  })
  .transform((codes) => [...new Set(codes)] as Answers["difficulties"]);

const contextValueSchema = z.union([z.boolean(), z.string()]);

export const contextSchema = z
  .record(z.string(), contextValueSchema, { error: "context moet een object zijn met code: waarde." })
  .superRefine((context, ctx) => {
    for (const [code, value] of Object.entries(context)) {
      if (!isContextCode(code)) {
        ctx.addIssue({ code: "custom", path: [code], message: `Onbekende code voor de situatie: "${code}".` });
      } else if (code === CLUTTER_CODE) {
        if (!(CLUTTER_VALUES as readonly unknown[]).includes(value) && value !== "unknown") {
          ctx.addIssue({ code: "custom", path: [code], message: `Verkeerde waarde ${JSON.stringify(value)} voor "${code}": kies none, some, a_lot of unknown.` });
        }
      } else if (booleanCodes.has(code) && typeof value !== "boolean" && value !== "unknown") {
        ctx.addIssue({ code: "custom", path: [code], message: `Verkeerde waarde ${JSON.stringify(value)} voor "${code}": kies true, false of unknown.` });
      }
    }
  })
  .transform((context) => context as Partial<Record<string, ContextValue>> as Answers["context"]);

export const answersSchema = z.object(
  {
    difficulties: difficultiesSchema,
    context: contextSchema.default({}),
  },
  { error: "answers moet een object zijn met difficulties en context." },
);

/** Dutch postcode "2514 JS" / "2514js"; normalised to "2514 JS". */
export const postcodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[1-9][0-9]{3} ?[A-Z]{2}$/, { error: "Vul een postcode in zoals 2514 JS." })
  .transform((v) => `${v.slice(0, 4)} ${v.slice(-2)}`);

export const municipalitySlugSchema = z
  .string({ error: "municipality ontbreekt." })
  .trim()
  .min(1, { error: "municipality ontbreekt." })
  .max(60)
  .regex(/^[a-z0-9-]+$/, { error: "municipality is een code zoals den-haag." });
