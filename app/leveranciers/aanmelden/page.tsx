import type { Metadata } from "next";
import Link from "next/link";
import { link } from "@/components/ui/styles";
import { SubmissionForm } from "./submission-form";

export const metadata: Metadata = { title: "Product aanmelden voor de catalogus" };

export default function SubmitProductPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold break-words">Product aanmelden voor de catalogus</h1>
        <p className="max-w-prose text-lg">
          Bent u leverancier van een hulpmiddel voor thuis? Meld het hier aan. U heeft geen account nodig. Een redacteur bekijkt uw product. Past het in de
          catalogus, dan krijgen inwoners het te zien in hun advies.
        </p>
        <p className="max-w-prose">
          U krijgt een kenmerk. Daarmee ziet u later wat wij met uw aanmelding doen. Wijzen wij het af, dan krijgt u een e-mail met de reden.
        </p>
        <p>
          <Link href="/leveranciers/status" className={`${link} inline-flex min-h-11 items-center`}>
            Al aangemeld? Bekijk de status
          </Link>
        </p>
      </div>
      <SubmissionForm />
    </div>
  );
}
