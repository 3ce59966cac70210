import type { ProductInfo } from "@/lib/server/catalogue/get-catalogue";
import { Heading, type HeadingLevel } from "./heading";

/**
 * The clear box for products that record something (sensors, trackers, alarms): what it records, who sees it and how
 * to stop. People decide themselves; nobody may place it without their consent.
 */
export function MonitoringExplanation({
  productName,
  monitoring,
  headingLevel = 4,
}: {
  productName: string;
  monitoring: ProductInfo["monitoring"];
  headingLevel?: HeadingLevel;
}) {
  return (
    <div className="print-avoid-break space-y-3 rounded-lg border-2 border-brand-700 bg-brand-50 p-3 sm:p-4">
      <Heading level={headingLevel} className="text-lg font-bold">
        {productName} houdt iets bij. U beslist zelf.
      </Heading>
      {monitoring ? (
        <dl className="space-y-2">
          <div>
            <dt className="font-semibold">Wat houdt het bij?</dt>
            <dd>{monitoring.records}</dd>
          </div>
          <div>
            <dt className="font-semibold">Wie ziet dat?</dt>
            <dd>{monitoring.whoSees}</dd>
          </div>
          <div>
            <dt className="font-semibold">Hoe stopt u ermee?</dt>
            <dd>{monitoring.howToStop}</dd>
          </div>
        </dl>
      ) : (
        <p>Vraag bij het uitleenpunt precies wat dit apparaat bijhoudt, wie dat ziet en hoe u ermee stopt.</p>
      )}
      <p>Niemand mag dit bij u neerzetten zonder dat u het goed vindt. U mag altijd nee zeggen, ook later.</p>
    </div>
  );
}
