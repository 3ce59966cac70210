import { z } from "zod";
import { answersSchema } from "@/lib/schemas/answers";
import type { Answers } from "@/lib/matching/types";

const districtSchema = z.string().trim().min(1).max(80);

/**
 * Reads Assessment.answers defensively: anything that no longer validates (a code removed from the questionnaire,
 * a hand-edited row) falls back to empty answers instead of breaking the page.
 */
export function readStoredAnswers(raw: unknown): { answers: Answers; district: string | null } {
  const parsed = answersSchema.safeParse(raw);
  const answers: Answers = parsed.success ? parsed.data : { difficulties: [], context: {} };
  const district = districtSchema.safeParse((raw as { district?: unknown } | null)?.district);
  return { answers, district: district.success ? district.data : null };
}
