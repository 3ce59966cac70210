import type { Metadata } from "next";
import { ReportCodeForm } from "@/components/consultant/report-code-form";
import { openReport } from "./actions";

export const metadata: Metadata = { title: "Uw gespreksverslag lezen" };

export default function ReportCodePage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Uw gespreksverslag lezen</h1>
      <p className="max-w-prose text-lg">
        Had u een gesprek met een Wmo-consulent? Dan kreeg u een code. Vul die hieronder in. U leest dan het verslag en u kunt erop
        reageren.
      </p>
      <ReportCodeForm action={openReport} />
    </div>
  );
}
