import { link } from "@/components/ui/styles";
import type { WmoDesk } from "@/lib/server/advice/build-advice";
import { Heading, type HeadingLevel } from "./heading";

export interface WmoDeskContactProps {
  municipalityName: string;
  desk: WmoDesk;
  headingLevel?: HeadingLevel;
  id?: string;
  /** the lead sentence; the default fits every advice, an empty one too */
  lead?: string;
}

/** "tel:14070" for "14 070": a phone link dials digits only. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/**
 * The next step that is always there: the municipality's Wmo desk, with phone, website and opening times
 * (Municipality.wmoDeskPhone / wmoDeskUrl / wmoDeskHours). Shown on every advice, in print and on the consultant's screen.
 */
export function WmoDeskContact({ municipalityName, desk, headingLevel = 2, id = "wmo-loket", lead }: WmoDeskContactProps) {
  const known = desk.phone !== null || desk.url !== null;
  return (
    <section aria-labelledby={id} className="print-avoid-break space-y-3 rounded-xl border-2 border-brand-700 bg-brand-50 p-4 sm:p-5">
      <Heading level={headingLevel} id={id} className="text-xl font-bold sm:text-2xl">
        Hulp van de gemeente: het Wmo-loket
      </Heading>
      <p className="max-w-prose text-lg">
        {lead ??
          `Twijfelt u, of is er meer nodig? Neem contact op met het Wmo-loket van de gemeente ${municipalityName}. Vraag naar een gesprek met een Wmo-consulent. Neem dit advies mee.`}
      </p>
      {known ? (
        <dl className="space-y-2 text-lg">
          {desk.phone ? (
            <div>
              <dt className="inline font-semibold">Bellen: </dt>
              <dd className="inline">
                <a className={`${link} inline-flex min-h-11 items-center`} href={telHref(desk.phone)}>
                  {desk.phone}
                </a>
              </dd>
            </div>
          ) : null}
          {desk.hours ? (
            <div>
              <dt className="inline font-semibold">Wanneer: </dt>
              <dd className="inline">{desk.hours}</dd>
            </div>
          ) : null}
          {desk.url ? (
            <div>
              <dt className="inline font-semibold">Website: </dt>
              <dd className="inline">
                <a className={`${link} inline-flex min-h-11 items-center [overflow-wrap:anywhere]`} href={desk.url}>
                  {desk.url.replace(/^https?:\/\//, "")}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="text-lg">Bel de gemeente {municipalityName} en vraag naar het Wmo-loket.</p>
      )}
      <p className="max-w-prose">Een cliëntondersteuner kan u gratis helpen bij het gesprek. Vraag het Wmo-loket ernaar.</p>
    </section>
  );
}
