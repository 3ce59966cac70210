import type { LocalInfo } from "@/lib/offer/local-offer";
import { NOT_VIA_MUNICIPALITY } from "@/lib/offer/local-offer";
import { Heading, type HeadingLevel } from "./heading";

/**
 * The municipality's own word on a product (issue 9): "niet via uw gemeente" when it does not offer it, and its local
 * information (funding, supplier, price agreement, note). Renders nothing when there is nothing local to say. Tolerant
 * of advice saved before the local offer existed (both fields undefined).
 */
export function LocalOfferNote({ viaMunicipality, local, municipalityName, headingLevel }: { viaMunicipality?: boolean; local?: LocalInfo | null; municipalityName: string; headingLevel: HeadingLevel }) {
  const notVia = viaMunicipality === false;
  if (!notVia && !local) return null;
  const rows: [string, string | null][] = local
    ? [
        ["Betalen of aanvragen", local.fundingNote],
        ["Leverancier", local.supplier],
        ["Prijsafspraak", local.priceAgreement],
        ["Goed om te weten", local.note],
      ]
    : [];
  return (
    <div className="print-avoid-break space-y-2 rounded-lg border-l-4 border-brand-700 bg-brand-50 p-3">
      <Heading level={headingLevel} className="text-lg font-bold">
        {`In de gemeente ${municipalityName}`}
      </Heading>
      {notVia ? (
        <p>
          <span className="inline-block rounded border border-gray-700 px-2 py-0.5 font-semibold">{NOT_VIA_MUNICIPALITY}</span>{" "}
          De gemeente biedt dit hulpmiddel zelf niet aan. U kunt het wel zelf kopen of huren.
        </p>
      ) : null}
      {rows.some(([, v]) => v) ? (
        <dl className="space-y-1">
          {rows
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k}>
                <dt className="inline font-semibold">{k}: </dt>
                <dd className="inline [overflow-wrap:anywhere]">{v}</dd>
              </div>
            ))}
        </dl>
      ) : null}
    </div>
  );
}
