import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { ImportForm } from "../[id]/configuratie/import-form";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Gemeente importeren" };
export const dynamic = "force-dynamic";

/** A platform administrator reads in a municipality's configuration file from another installation (new or existing, by its slug). */
export default async function ImportMunicipalityPage() {
  await requireRole("PLATFORM_ADMIN");
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <BackLink href="/beheer/gemeenten">Terug naar gemeenten</BackLink>
        <h1 className="text-3xl font-bold">Gemeente importeren</h1>
        <p className="max-w-prose text-lg">
          Lees het configuratiebestand van een gemeente in, gemaakt met Exporteren op een andere installatie. Bestaat de gemeente hier nog niet (dezelfde korte
          naam), dan wordt zij gemaakt. U ziet eerst wat er zou veranderen.
        </p>
      </div>
      <ImportForm municipalityId={null} />
    </div>
  );
}
