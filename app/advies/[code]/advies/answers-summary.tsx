import { questionnaireSteps } from "@/components/questionnaire/steps";
import { UNKNOWN_LABEL } from "@/components/questionnaire/form-state";
import { ALL_DIFFICULTIES } from "@/lib/questions/questionnaire";
import type { AssessmentView } from "@/lib/server/assessments/types";

const TOGETHER_LABELS: Record<string, string> = { alone: "Alleen", family: "Samen met iemand", consultant: "Samen met een Wmo-consulent" };

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
        <dt className="font-semibold">Ingevuld</dt>
        <dd>{TOGETHER_LABELS[assessment.together ?? ""] ?? "Niet ingevuld"}</dd>
      </div>
    </dl>
  );
}
