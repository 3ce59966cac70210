import "server-only";
import { getTranslations } from "next-intl/server";
import type { ReportFormTexts } from "./report-forms";

/** The report forms' words in the request's language. */
export async function reportFormTexts(): Promise<ReportFormTexts> {
  const t = await getTranslations("report.page");
  return {
    codeLabel: t("codeLabel"),
    codeHint: t("codeHint"),
    open: t("open"),
    responseLabel: t("responseLabel"),
    responseEdit: t("responseEdit"),
    responseHint: t("responseHint"),
    send: t("send"),
    checkBelow: t("checkBelow"),
    print: t("print"),
  };
}
