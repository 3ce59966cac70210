import type { Metadata } from "next";
import Link from "next/link";
import { StartForm } from "@/components/questionnaire/start-form";
import { link } from "@/components/ui/styles";
import { env } from "@/lib/env";
import { listMunicipalities } from "@/lib/server/assessments/list-place-options";
import { startAssessment } from "./actions";

export const metadata: Metadata = { title: "Advies krijgen" };
export const dynamic = "force-dynamic";

export default async function StartPage() {
  const municipalities = await listMunicipalities();
  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Advies over hulpmiddelen voor thuis</h1>
        <p className="max-w-prose text-lg">
          U beantwoordt een paar korte vragen over wat moeilijk gaat en over uw huis. Daarna ziet u welke hulpmiddelen bij u passen, en
          waarom. U ziet ook waar u ze kunt lenen.
        </p>
        <ul className="max-w-prose list-disc space-y-2 pl-6 text-lg">
          <li>Het duurt ongeveer 5 minuten. Elke vraag mag u overslaan.</li>
          <li>U hebt geen account nodig. Wij vragen niet naar uw naam.</li>
          <li>
            Wij bewaren uw antwoorden onder een code. Zo kunt u later verder gaan. Na {env().RETENTION_DAYS} dagen zonder gebruik gooien
            wij ze weg.{" "}
            <Link className={link} href="/privacy">
              Meer over privacy
            </Link>
          </li>
        </ul>
      </div>
      <StartForm action={startAssessment} municipalities={municipalities} />
      <p className="text-lg">
        Heeft u al een code?{" "}
        <Link className={`${link} inline-flex min-h-11 items-center`} href="/advies/hervatten">
          Ga verder met uw code
        </Link>
      </p>
    </div>
  );
}
