import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { countPhrases } from "@/components/admin/labels";
import { card } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getRetentionStatus, type RetentionStatus } from "@/lib/server/privacy/get-retention-status";
import { formatMoment } from "@/lib/util/dates";
import { RetentionForm } from "./retention-form";

export const metadata: Metadata = { title: "Oude gegevens opruimen" };
export const dynamic = "force-dynamic";

export default async function RetentionPage() {
  const actor = await requireRole("MUNICIPALITY_ADMIN", "PLATFORM_ADMIN");
  let status: RetentionStatus;
  try {
    status = await getRetentionStatus({ actor });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const days = status.retentionDays;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Oude gegevens opruimen</h1>
        <p className="max-w-prose text-lg">
          Wij bewaren gegevens van inwoners niet langer dan nodig. Elke dag ruimt het systeem vanzelf oude gegevens op. U kunt dat hier ook meteen doen.
        </p>
      </div>

      <section aria-labelledby="termijn" className={`${card} space-y-3`}>
        <h2 id="termijn" className="text-2xl font-bold">
          Bewaartermijn: {days} dagen
        </h2>
        <p>De termijn telt vanaf het laatste contact. Dit gebeurt er daarna:</p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <strong>Gesprekken zonder aanvraag</strong> worden helemaal gewist. Met de notities, gekozen hulpmiddelen, afspraken, resultaten en de vragenlijst.
          </li>
          <li>
            <strong>Gesprekken met een aanvraag</strong> blijven bewaard. De gemeente moet die zo lang bewaren als de wet zegt.
          </li>
          <li>
            <strong>Vragenlijsten die inwoners zelf invulden</strong> worden gewist, met het bewaarde advies.
          </li>
          <li>
            <strong>Reserveringen en de wachtlijst</strong>: is de uitleen klaar en de termijn voorbij? Dan wissen wij de naam, het telefoonnummer en het e-mailadres. De reservering zelf blijft, zodat het uitleenpunt weet waar een hulpmiddel was.
          </li>
        </ul>
      </section>

      <section aria-labelledby="laatste" className="space-y-3">
        <h2 id="laatste" className="text-2xl font-bold">
          De laatste keer opgeruimd
        </h2>
        {status.lastRuns.length === 0 ? (
          <p>Er is nog niet opgeruimd.</p>
        ) : (
          <ul className="space-y-3">
            {status.lastRuns.map((run) => {
              const phrases = countPhrases(run.counts);
              return (
                <li key={run.municipalityName} className={card}>
                  <p>
                    {status.allMunicipalities ? <strong>{run.municipalityName}: </strong> : null}
                    {formatMoment(run.at)}, {run.byName ? `door ${run.byName}` : "automatisch"}.
                  </p>
                  <p>{phrases.length ? `Opgeruimd: ${phrases.join(", ")}.` : "Er was toen niets op te ruimen."}</p>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="nu" className="space-y-3">
        <h2 id="nu" className="text-2xl font-bold">
          Nu opruimen
        </h2>
        <p className="max-w-prose">
          {status.allMunicipalities
            ? "Dit ruimt de oude gegevens van alle gemeenten op."
            : "Dit ruimt de oude gegevens van uw gemeente op."}{" "}
          Alleen gegevens waarvan de bewaartermijn voorbij is. Het opruimen wordt vastgelegd in het auditlog.
        </p>
        <RetentionForm allMunicipalities={status.allMunicipalities} />
      </section>
    </div>
  );
}
