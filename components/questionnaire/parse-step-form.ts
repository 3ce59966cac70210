/**
 * Turns one questionnaire screen's form into a patch for saveAnswers (pure; the action and its test use it).
 * Nothing chosen on a context question means "skipped"; an empty postcode and district mean "skipped" too.
 * The difficulties come in a few screens: each screen's choices replace only that screen's earlier choices; at least one
 * difficulty is needed after the last screen, unless "Ik weet het niet, sla over" (which keeps the earlier choice).
 */
import { FIELD, type Direction } from "@/components/questionnaire/form-state";
import type { QuestionnaireStep } from "@/components/questionnaire/steps";
import type { AnswersPatch } from "@/lib/server/assessments/save-answers";
import { DIFFICULTY_CODES, isDifficultyCode, type DifficultyCode } from "@/lib/questions/codes";
import { postcodeSchema } from "@/lib/schemas/answers";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";

export interface ParsedStep {
  patch: Omit<AnswersPatch, "step">;
  errors: Record<string, string[]>;
  values: Record<string, string | string[]>;
}

const text = (formData: FormData, name: string): string => {
  const value = formData.get(name);
  return typeof value === "string" ? value.trim() : "";
};

/** `current` holds the difficulties chosen so far (on all screens); messages in `locale`. */
export function parseStepForm(step: QuestionnaireStep, formData: FormData, direction: Direction, current: readonly DifficultyCode[] = [], locale: Locale = DEFAULT_LOCALE): ParsedStep {
  const errors: Record<string, string[]> = {};
  const t = translatorFor(locale, "questionnaire");

  if (step.kind === "difficulties") {
    const onScreen = new Set<string>(step.groups.flatMap((g) => g.difficulties.map((d) => d.code)));
    const chosen = formData.getAll(FIELD.difficulty).filter((v): v is string => typeof v === "string");
    const known = chosen.filter((c): c is DifficultyCode => isDifficultyCode(c) && onScreen.has(c));
    const values = { [FIELD.difficulty]: known };
    // skipping keeps what was chosen before (on a new questionnaire that is nothing)
    if (direction === "overslaan") return { patch: {}, errors, values };
    if (known.length !== chosen.length) errors[FIELD.difficulty] = [t("errors.unknownChoice")];
    // this screen's choices replace this screen's earlier ones; the other screens' choices stay
    const difficulties = DIFFICULTY_CODES.filter((c) => known.includes(c) || (current.includes(c) && !onScreen.has(c)));
    if (!errors[FIELD.difficulty] && direction === "volgende" && step.screen === step.screens && difficulties.length === 0) {
      errors[FIELD.difficulty] = [t("errors.nothingChosen", { skip: t("skipUnknown") })];
    }
    return { patch: { difficulties }, errors, values };
  }

  if (step.kind === "context") {
    const raw = text(formData, FIELD.answer);
    const question = step.question;
    let value: boolean | string | null = null;
    if (raw === "" || direction === "overslaan") value = null;
    else if (raw === "unknown") value = "unknown";
    else if (question.kind === "boolean" && (raw === "true" || raw === "false")) value = raw === "true";
    else if (question.kind === "choice" && question.options.some((o) => o.value === raw)) value = raw;
    else errors[FIELD.answer] = [t("errors.chooseAnswer")];
    const patch = errors[FIELD.answer] ? {} : { context: { [question.code]: value } };
    return { patch, errors, values: { [FIELD.answer]: raw } };
  }

  const postcodeText = text(formData, FIELD.postcode);
  const district = text(formData, FIELD.district);
  const patch: ParsedStep["patch"] = { district: district === "" ? null : district };
  if (postcodeText === "") patch.postcode = null;
  else {
    const parsed = postcodeSchema.safeParse(postcodeText);
    if (parsed.success) patch.postcode = parsed.data;
    else errors[FIELD.postcode] = [t("errors.postcode")];
  }
  return { patch, errors, values: { [FIELD.postcode]: postcodeText, [FIELD.district]: district } };
}
