import { questionnaireSteps } from "@/components/questionnaire/steps";
import { adviceTexts } from "@/components/advice/texts";
import { DEFAULT_LOCALE, localeDirection, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { difficultyGroupsIn } from "@/lib/questions/localized";
import type { AssessmentView, Together } from "@/lib/server/assessments/types";

/** "Wie vulde dit in?": the answer as a short phrase; a missing answer says so instead of "Niet ingevuld". */
const TOGETHER_KEYS: Record<Together, string> = { alone: "answers.alone", family: "answers.family", consultant: "answers.consultant" };

/** What the resident filled in, so a printout or a conversation can start from it (in the resident's language). */
export function AnswersSummary({ assessment, locale = DEFAULT_LOCALE }: { assessment: AssessmentView; locale?: Locale }) {
  const t = adviceTexts(locale);
  // a postcode or district keeps its own order inside a right-to-left sentence ("2545 GH", not "GH 2545")
  const isolate = (value: string) => (localeDirection(locale) === "rtl" ? `\u2068${value}\u2069` : value);
  const unknown = translatorFor(locale, "questionnaire")("unknown");
  const answerLabel = (options: { value: string; label: string }[], value: unknown): string => {
    if (value === undefined) return t("answers.notFilled");
    if (value === "unknown") return unknown;
    return options.find((o) => o.value === String(value))?.label ?? t("answers.notFilled");
  };
  const chosen = difficultyGroupsIn(locale)
    .flatMap((g) => g.difficulties)
    .filter((d) => assessment.answers.difficulties.includes(d.code));
  const questions = questionnaireSteps(assessment.answers.difficulties, locale).flatMap((s) => (s.kind === "context" ? [s.question] : []));
  return (
    <dl className="space-y-3">
      <div>
        <dt className="font-semibold">{t("answers.difficulties")}</dt>
        <dd>{chosen.length > 0 ? chosen.map((d) => d.label).join(", ") : t("answers.nothing")}</dd>
      </div>
      {questions.map((q) => (
        <div key={q.code}>
          <dt className="font-semibold">{q.question}</dt>
          <dd>{answerLabel(q.options, assessment.answers.context[q.code])}</dd>
        </div>
      ))}
      <div>
        <dt className="font-semibold">{t("answers.where")}</dt>
        <dd>
          {assessment.postcode
            ? t("answers.postcode", { postcode: isolate(assessment.postcode) })
            : assessment.district
              ? t("answers.district", { district: isolate(assessment.district) })
              : t("answers.notFilled")}
        </dd>
      </div>
      <div>
        <dt className="font-semibold">{t("answers.who")}</dt>
        <dd>{assessment.together ? t(TOGETHER_KEYS[assessment.together]) : t("answers.whoUnknown")}</dd>
      </div>
    </dl>
  );
}
