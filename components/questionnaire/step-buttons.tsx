"use client";

import { useFormStatus } from "react-dom";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { FIELD } from "./form-state";

/**
 * The buttons under a question. "Volgende" comes first, so pressing Enter in a field moves on.
 * "Vorige vraag" is a submit button too: it saves what is filled in on this screen before going back.
 */
export function StepButtons({ nextLabel = "Volgende", skipLabel, back = true, backLabel = "Vorige vraag" }: { nextLabel?: string; skipLabel?: string; back?: boolean; backLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <div className="flex flex-wrap gap-3 pt-2">
      <button className={buttonPrimary} type="submit" name={FIELD.go} value="volgende" disabled={pending}>
        {nextLabel}
      </button>
      {skipLabel ? (
        <button className={buttonSecondary} type="submit" name={FIELD.go} value="overslaan" disabled={pending}>
          {skipLabel}
        </button>
      ) : null}
      {back ? (
        <button className={buttonSecondary} type="submit" name={FIELD.go} value="terug" disabled={pending}>
          {backLabel}
        </button>
      ) : null}
    </div>
  );
}
