"use client";

import { useActionState } from "react";
import { fieldError, input, label } from "@/components/ui/styles";
import { ErrorSummary } from "./error-summary";
import { DUTCH_QUESTIONNAIRE_TEXTS, FIELD, type QuestionnaireTexts, type StepFormAction, type StepFormState } from "./form-state";
import { ChoiceList, choiceId } from "./choice-list";
import { StepHeading } from "./step-heading";
import { StepButtons } from "./step-buttons";

/** This screen's own words, in the resident's language (made on the server: QuestionStep). */
export interface PlaceTexts {
  intro: string;
  postcode: string;
  example: string;
  orDistrict: string;
  /** with the municipality's name filled in */
  districtHint: string;
  /** "No district" is an answer too, so a district chosen by mistake can be undone without the arrow keys. */
  noDistrict: string;
}

const DUTCH_PLACE_TEXTS = (municipalityName: string): PlaceTexts => ({
  intro: "Dan zetten wij het uitleenpunt dat het dichtst bij u is bovenaan. Wij gebruiken uw postcode alleen daarvoor. U mag dit ook leeg laten.",
  postcode: "Uw postcode",
  example: "Bijvoorbeeld: 2545 GH",
  orDistrict: "Of kies uw wijk",
  districtHint: `Weet u uw postcode niet, of wilt u die niet geven? Kies dan de wijk in ${municipalityName} waar u woont, of die het dichtst bij is.`,
  noDistrict: "Geen wijk",
});

/** The last screen: postcode, or a district, to put the nearest lending centre first. Both may stay empty. */
export function PlaceForm({
  action,
  postcode,
  district,
  districts,
  municipalityName,
  texts = DUTCH_QUESTIONNAIRE_TEXTS,
  placeTexts,
}: {
  texts?: QuestionnaireTexts;
  placeTexts?: PlaceTexts;
  action: StepFormAction;
  postcode: string | null;
  district: string | null;
  districts: string[];
  municipalityName: string;
}) {
  const [state, formAction] = useActionState<StepFormState, FormData>(action, {});
  const p = placeTexts ?? DUTCH_PLACE_TEXTS(municipalityName);
  const postcodeValue = typeof state.values?.[FIELD.postcode] === "string" ? (state.values[FIELD.postcode] as string) : (postcode ?? "");
  const districtValue = typeof state.values?.[FIELD.district] === "string" ? (state.values[FIELD.district] as string) : (district ?? "");
  const postcodeError = state.errors?.[FIELD.postcode]?.[0];
  const districtError = state.errors?.[FIELD.district]?.[0];

  return (
    <form action={formAction} noValidate className="space-y-6">
      <ErrorSummary state={state} targets={{ [FIELD.postcode]: "postcode", [FIELD.district]: choiceId(FIELD.district, "") }} />
      <div className="space-y-3">
        <StepHeading>{texts.placeHeading}</StepHeading>
        <p className="max-w-prose text-lg">{p.intro}</p>
      </div>
      <div className="max-w-xl space-y-1">
        <label className={label} htmlFor="postcode">
          {p.postcode}
        </label>
        <p id="postcode-uitleg" className="text-base text-muted">
          {p.example}
        </p>
        <input
          key={`postcode-${postcodeValue}`}
          className={`${input} max-w-sm uppercase`}
          id="postcode"
          name={FIELD.postcode}
          type="text"
          autoComplete="postal-code"
          maxLength={12}
          defaultValue={postcodeValue}
          dir="ltr"
          aria-describedby={`postcode-uitleg${postcodeError ? " postcode-fout" : ""}`}
          aria-invalid={postcodeError ? true : undefined}
        />
        {postcodeError ? (
          <p id="postcode-fout" className={fieldError}>
            {postcodeError}
          </p>
        ) : null}
      </div>
      {districts.length > 0 ? (
        <div className="max-w-xl space-y-2">
          <p className={label} id="wijk-vraag">
            {p.orDistrict}
          </p>
          <p id="wijk-uitleg" className="text-base text-muted">
            {p.districtHint}
          </p>
          {districtError ? (
            <p id="wijk-fout" className={fieldError}>
              {districtError}
            </p>
          ) : null}
          <ChoiceList
            name={FIELD.district}
            idPrefix={FIELD.district}
            choices={[{ value: "", label: p.noDistrict }, ...districts.map((d) => ({ value: d, label: d }))]}
            defaultValue={districts.includes(districtValue) ? districtValue : ""}
            labelledBy="wijk-vraag"
            describedBy={`wijk-uitleg${districtError ? " wijk-fout" : ""}`}
            invalid={Boolean(districtError)}
            className="grid gap-3 sm:grid-cols-2"
          />
        </div>
      ) : null}
      <StepButtons nextLabel={texts.toAdvice} backLabel={texts.back} />
    </form>
  );
}
