import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getAssessmentByCode } from "@/lib/server/assessments/get-assessment-by-code";
import { lookupByCode } from "@/lib/api/rate-limit";

/** The assessment for a code in the URL, once per request; an unknown code shows the friendly not-found page. */
export const loadAssessment = cache(async (code: string) => {
  try {
    return await lookupByCode(() => getAssessmentByCode({ code }), { mode: "page" });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});
