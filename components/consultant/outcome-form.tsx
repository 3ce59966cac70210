"use client";

import { useActionState } from "react";
import { fieldError, input, label } from "@/components/ui/styles";
import { HELPED_LABELS, HELPED_VALUES, RESULT_LABELS, RESULT_VALUES } from "@/lib/schemas/case";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import type { CaseFormAction, CaseFormState } from "./form-state";
import { SubmitButton } from "./submit-button";

/**
 * "Did it help?" for one product (fixed), or for a product to choose from the case's products.
 * `idPrefix` keeps ids unique when several forms are on one page.
 */
export function OutcomeForm({
  action,
  idPrefix,
  product,
  products,
}: {
  action: CaseFormAction;
  idPrefix: string;
  product?: { slug: string; name: string };
  products?: { slug: string; name: string }[];
}) {
  const [state, formAction] = useActionState<CaseFormState, FormData>(action, {});
  const radios = (name: "helped" | "result", legend: string, values: readonly string[], labels: Record<string, string>) => {
    const error = state.errors?.[name]?.[0];
    return (
      <fieldset className="space-y-2" aria-describedby={error ? `${idPrefix}-${name}-fout` : undefined}>
        <legend className={`${label} text-lg`}>{legend}</legend>
        <div className="flex flex-wrap gap-3">
          {values.map((v) => (
            <label
              key={v}
              htmlFor={`${idPrefix}-${name}-${v}`}
              className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border-2 border-gray-500 bg-white px-4 py-2 text-lg has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
            >
              <input id={`${idPrefix}-${name}-${v}`} type="radio" name={name} value={v} defaultChecked={state.values?.[name] === v} className="h-6 w-6 accent-brand-700" aria-invalid={error ? true : undefined} />
              {labels[v]}
            </label>
          ))}
        </div>
        {error ? (
          <p id={`${idPrefix}-${name}-fout`} className={fieldError}>
            {error}
          </p>
        ) : null}
      </fieldset>
    );
  };
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      {product ? (
        <input type="hidden" name="productSlug" value={product.slug} />
      ) : (
        <div className="space-y-1">
          <label htmlFor={`${idPrefix}-product`} className={`${label} text-lg`}>
            Hulpmiddel
          </label>
          <select id={`${idPrefix}-product`} name="productSlug" defaultValue={state.values?.productSlug} className={`${input} text-lg`}>
            {(products ?? []).map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {radios("helped", product ? `Hielp ${product.name}?` : "Hielp het?", HELPED_VALUES, HELPED_LABELS)}
      {radios("result", "Wat is ermee gebeurd?", RESULT_VALUES, RESULT_LABELS)}
      <Field id={`${idPrefix}-why`} name="why" label="Waarom?" multiline rows={3} maxLength={1000} error={state.errors?.why?.[0]} defaultValue={state.values?.why} hint="In de woorden van de inwoner. Geen medische gegevens." />
      <SubmitButton>Antwoord opslaan</SubmitButton>
    </form>
  );
}
