import type { Metadata } from "next";
import Link from "next/link";
import { ResumeForm } from "@/components/questionnaire/resume-form";
import { link } from "@/components/ui/styles";
import { resumeAssessment } from "./actions";

export const metadata: Metadata = { title: "Verder gaan met uw code" };

export default function ResumePage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold leading-tight">Verder gaan met uw code</h1>
      <p className="max-w-prose text-lg">
        Heeft u de vragen eerder ingevuld? Vul dan de code in die u toen kreeg. U gaat verder waar u was gebleven, of u ziet uw advies
        weer.
      </p>
      <ResumeForm action={resumeAssessment} />
      <p className="text-lg">
        Geen code?{" "}
        <Link className={`${link} inline-flex min-h-11 items-center`} href="/advies">
          Begin opnieuw met de vragen
        </Link>
      </p>
    </div>
  );
}
