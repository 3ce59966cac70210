import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { buttonPrimary } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { recordIdSchema } from "@/lib/schemas/admin";
import { getConfigurationTarget } from "@/lib/server/config-transfer";
import { ImportForm } from "./import-form";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Configuratie exporteren en importeren" };
export const dynamic = "force-dynamic";

export default async function ConfigurationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  let m;
  try {
    m = await getConfigurationTarget({ actor, municipalityId: id.data });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  return (
    <div className="space-y-10">
      <div className="space-y-3">
        {actor.role === "PLATFORM_ADMIN" ? (
          <BackLink href="/beheer/gemeenten">Terug naar gemeenten</BackLink>
        ) : null}
        <h1 className="text-3xl font-bold">Configuratie van {m.name}</h1>
        <p className="max-w-prose text-lg">
          Alles wat uw gemeente zelf heeft ingesteld, in één bestand: gegevens en postcodes, het Wmo-loket, teksten, instellingen, uitleenpunten met openingstijden en
          sluitingsdagen, het lokale aanbod, inloggen met het gemeente-account (zonder het geheim) en de mensen (als uitnodigingen, zonder wachtwoorden). Zo zet u
          de gemeente over naar een andere installatie.
        </p>
      </div>
      <section aria-labelledby="exporteren" className="space-y-3">
        <h2 id="exporteren" className="text-2xl font-bold">
          Exporteren
        </h2>
        <p className="max-w-prose">Het bestand bevat geen gegevens van inwoners en geen wachtwoorden. Bewaar het toch zorgvuldig: er staan namen en e-mailadressen van medewerkers in.</p>
        <a className={buttonPrimary} href={`/beheer/gemeenten/${m.id}/configuratie/bestand`} download>
          Configuratie downloaden (.json)
        </a>
      </section>
      <section aria-labelledby="importeren" className="space-y-3">
        <h2 id="importeren" className="text-2xl font-bold">
          Importeren
        </h2>
        <p className="max-w-prose">
          Lees een bestand van deze gemeente in, bijvoorbeeld uit een andere installatie. Wat er al precies zo staat, blijft staan: twee keer hetzelfde bestand
          inlezen verandert de tweede keer niets. Uitleenpunten die niet in het bestand staan, worden gesloten. Bestaande accounts houden hun rechten.
        </p>
        <ImportForm municipalityId={m.id} />
      </section>
    </div>
  );
}
