"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { FIELD, type StepFormState } from "@/components/questionnaire/form-state";
import { AppError, appErrorText } from "@/lib/errors";
import { municipalitySlugSchema } from "@/lib/schemas/answers";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { actionRateLimit } from "@/lib/api/rate-limit";
import { getRequestLocale } from "@/lib/i18n/server";
import { translatorFor } from "@/lib/i18n/translator";

const startSchema = z.object({
  municipality: municipalitySlugSchema,
  together: z.enum(["alone", "family"]).nullable(),
});

/** Starts a new questionnaire: municipality and "alone or together", then on to the first question. */
export async function startAssessment(_state: StepFormState, formData: FormData): Promise<StepFormState> {
  const limited = await actionRateLimit("start-assessment"); if (limited) return { message: limited };
  const municipality = formData.get(FIELD.municipality);
  const together = formData.get(FIELD.together);
  const values = { [FIELD.municipality]: typeof municipality === "string" ? municipality : "", [FIELD.together]: typeof together === "string" ? together : "" };

  const t = translatorFor(await getRequestLocale(), "questionnaire");
  const parsed = startSchema.safeParse({ municipality: municipality ?? "", together: together === null || together === "" ? null : together });
  if (!parsed.success) {
    const errors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === "municipality") errors[FIELD.municipality] = [t("errors.chooseMunicipality")];
      else errors[FIELD.together] = [t("errors.chooseTogether")];
    }
    return { errors, message: t("errors.missing"), values };
  }

  let code: string;
  try {
    ({ code } = await createAssessment({ municipalitySlug: parsed.data.municipality, together: parsed.data.together }));
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      return { errors: { [FIELD.municipality]: [t("errors.chooseMunicipality")] }, message: t("errors.unknownMunicipality"), values };
    }
    if (error instanceof AppError) return { message: appErrorText(error, await getRequestLocale()), values };
    throw error;
  }
  redirect(`/advies/${code}/stap/1`);
}
