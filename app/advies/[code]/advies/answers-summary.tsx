import { questionnaireSteps } from "@/components/questionnaire/steps";
import { UNKNOWN_LABEL } from "@/components/questionnaire/form-state";
import { ALL_DIFFICULTIES } from "@/lib/questions/questionnaire";
import type { AssessmentView, Together } from "@/lib/server/assessments/types";

/** "Wie vulde dit in?": the answer as a short phrase; a missing answer says so instead of "Niet ingevuld". */
const TOGETHER_LABELS: Record<Together, string> = {
  alone: "U alleen",
  family: "U samen met iemand",
  consultant: "U samen met een Wmo-consulent",
};
const TOGETHER_UNKNOWN = "Dat heeft u niet gezegd";

function answerLabel(options: { value: string; label: string }[], value: unknown): string {
  if (value === undefined) return "Niet ingevuld";
  if (value === "unknown") return UNKNOWN_LABEL;
  return options.find((o) => o.value === String(value))?.label ?? "Niet ingevuld";
}

/** What the resident filled in, so a printout or a conversation can start from it. */
export function AnswersSummary({ assessment }: { assessment: AssessmentView }) {
  const chosen = ALL_DIFFICULTIES.filter((d) => assessment.answers.difficulties.includes(d.code));
  const questions = questionnaireSteps(assessment.answers.difficulties).flatMap((s) => (s.kind === "context" ? [s.question] : []));
  return (
    <dl className="space-y-3">
      <div>
        <dt className="font-semibold">Wat moeilijk gaat</dt>
        <dd>{chosen.length > 0 ? chosen.map((d) => d.label).join(", ") : "Niets gekozen"}</dd>
      </div>
      {questions.map((q) => (
        <div key={q.code}>
          <dt className="font-semibold">{q.question}</dt>
          <dd>{answerLabel(q.options, assessment.answers.context[q.code])}</dd>
        </div>
      ))}
      <div>
        <dt className="font-semibold">Waar u woont</dt>
        <dd>{assessment.postcode ? `Postcode ${assessment.postcode}` : assessment.district ? `Wijk ${assessment.district}` : "Niet ingevuld"}</dd>
      </div>
      <div>
        <dt className="font-semibold">Wie vulde dit in?</dt>
        <dd>{assessment.together ? TOGETHER_LABELS[assessment.together] : TOGETHER_UNKNOWN}</dd>
      </div>
    </dl>
  );
}
