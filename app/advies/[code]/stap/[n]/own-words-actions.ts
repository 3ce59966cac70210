"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { OWN_WORDS_FIELD, OWN_WORDS_MAX_LENGTH, type OwnWordsState } from "@/components/questionnaire/own-words-state";
import { lookupByCode } from "@/lib/api/rate-limit";
import { AppError } from "@/lib/errors";
import { getRequestLocale } from "@/lib/i18n/server";
import { DIFFICULTY_CODES, isDifficultyCode } from "@/lib/questions/codes";
import { ALL_DIFFICULTIES } from "@/lib/questions/questionnaire";
import { getAssessmentByCode } from "@/lib/server/assessments/get-assessment-by-code";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { keepUnknownPhrase } from "@/lib/server/words/unknown-phrases";
import { proposeDifficulties } from "@/lib/words/matcher";

/**
 * The first question screen's "in your own words" form. Three buttons:
 *   begrijp  : the offline matcher proposes difficulties ("Wij begrepen: ... Klopt dit?"); nothing is saved;
 *   bevestig : the resident confirmed (and perhaps unticked some): those are added to the chosen difficulties;
 *   bewaar   : nothing was understood and the resident agreed to keep the phrase (scrubbed, phrase + language only).
 */
export async function ownWordsAction(code: string, _state: OwnWordsState, formData: FormData): Promise<OwnWordsState> {
  const t = await getTranslations("words.ownWords");
  const locale = await getRequestLocale();
  const go = formData.get(OWN_WORDS_FIELD.go);
  const raw = formData.get(OWN_WORDS_FIELD.text);
  const text = typeof raw === "string" ? raw.trim() : "";
  const textSchema = z.string().min(1, t("emptyText")).max(OWN_WORDS_MAX_LENGTH, t("tooLong"));

  let assessment;
  try {
    assessment = await lookupByCode(() => getAssessmentByCode({ code }), { mode: "page" });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return { message: t("gone"), text };
    throw error;
  }

  const checkedText = textSchema.safeParse(text);
  if (!checkedText.success && go !== "bevestig") {
    return { text, message: t("errorSummary"), errors: { [OWN_WORDS_FIELD.text]: [checkedText.error.issues[0]!.message] } };
  }

  if (go === "bevestig") {
    const ticked = formData.getAll(OWN_WORDS_FIELD.code).filter((v): v is string => typeof v === "string");
    const known = ticked.filter(isDifficultyCode);
    if (known.length === 0 || known.length !== ticked.length) {
      // show the proposal again so the resident can tick
      return { ...understand(text, locale), message: t("errorSummary"), errors: { [OWN_WORDS_FIELD.code]: [t("noneTicked")] } };
    }
    const difficulties = DIFFICULTY_CODES.filter((c) => known.includes(c) || assessment.answers.difficulties.includes(c));
    try {
      await saveAnswers({ code: assessment.code, patch: { difficulties } });
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") return { message: t("gone"), text };
      throw error;
    }
    redirect(`/advies/${assessment.code}/stap/1?begrepen=${known.length}#keuzes`);
  }

  if (go === "bewaar") {
    if (formData.get(OWN_WORDS_FIELD.consent) !== "ja") {
      return { text, notUnderstood: true, message: t("errorSummary"), errors: { [OWN_WORDS_FIELD.consent]: [t("consentMissing")] } };
    }
    await keepUnknownPhrase({ text, locale, consent: true });
    return { kept: true };
  }

  return understand(text, locale);
}

function understand(text: string, locale: Awaited<ReturnType<typeof getRequestLocale>>): OwnWordsState {
  const proposals = proposeDifficulties(text, locale).map((m) => ({
    code: m.code,
    label: ALL_DIFFICULTIES.find((d) => d.code === m.code)?.label ?? m.code,
    evidence: m.evidence,
  }));
  return proposals.length > 0 ? { text, proposals } : { text, notUnderstood: true };
}
