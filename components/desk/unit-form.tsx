"use client";

import { useActionState } from "react";
import { buttonPrimary, input, label } from "@/components/ui/styles";
import { FieldError, FormMessage, Hidden, errorProps } from "./form-parts";
import { initialDeskState, type DeskAction } from "./form-state";

/** Add a unit (choose the product) or change its code and notes. */
export function UnitForm({
  action,
  hidden,
  products,
  defaults,
  submitLabel,
}: {
  action: DeskAction;
  hidden: Record<string, string>;
  /** only when adding */
  products?: { id: string; name: string }[];
  defaults?: { code: string; notes: string };
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialDeskState);
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5" aria-describedby={state.message ? "exemplaar-melding" : undefined}>
      <FormMessage state={state} id="exemplaar-melding" />
      <Hidden values={hidden} />
      {products ? (
        <div>
          <label className={label} htmlFor="exemplaar-product">
            Hulpmiddel
          </label>
          <select id="exemplaar-product" name="productId" className={input} defaultValue={state.values?.productId ?? ""} {...errorProps(state, "productId", "exemplaar-product-fout")}>
            <option value="" disabled>
              Kies een hulpmiddel
            </option>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <FieldError id="exemplaar-product-fout" messages={state.errors?.productId} />
        </div>
      ) : null}
      <div>
        <label className={label} htmlFor="exemplaar-code">
          Code op het etiket
        </label>
        <p id="exemplaar-code-uitleg" className="text-base text-muted">
          Letters, cijfers en streepjes, bijvoorbeeld ZL-ROBOT-04.
        </p>
        <input
          id="exemplaar-code"
          name="code"
          className={input}
          autoComplete="off"
          defaultValue={state.values?.code ?? defaults?.code}
          maxLength={40}
          {...errorProps(state, "code", "exemplaar-code-fout", "exemplaar-code-uitleg")}
        />
        <FieldError id="exemplaar-code-fout" messages={state.errors?.code} />
      </div>
      <div>
        <label className={label} htmlFor="exemplaar-notes">
          Notities <span className="font-normal">(mag leeg blijven)</span>
        </label>
        <textarea id="exemplaar-notes" name="notes" rows={3} maxLength={500} className={input} defaultValue={state.values?.notes ?? defaults?.notes} {...errorProps(state, "notes", "exemplaar-notes-fout")} />
        <FieldError id="exemplaar-notes-fout" messages={state.errors?.notes} />
      </div>
      <button type="submit" className={buttonPrimary} disabled={pending}>
        {pending ? "Bezig …" : submitLabel}
      </button>
    </form>
  );
}
