import Link from "next/link";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { env } from "@/lib/env";

export default function AssessmentNotFound() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold leading-tight">Wij vinden deze code niet</h1>
      <p className="max-w-prose text-lg">
        Misschien is de code niet goed overgenomen. Kijk of alle 8 tekens kloppen. Het kan ook zijn dat de antwoorden al weg zijn: na{" "}
        {env().RETENTION_DAYS} dagen zonder gebruik gooien wij ze weg.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link className={buttonPrimary} href="/advies/hervatten">
          Code opnieuw invullen
        </Link>
        <Link className={buttonSecondary} href="/advies">
          Opnieuw beginnen
        </Link>
      </div>
    </div>
  );
}
