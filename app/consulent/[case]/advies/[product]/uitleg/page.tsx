import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { MonitoringExplanation } from "@/components/advice/monitoring-explanation";
import { CaseHeader, casePath } from "@/components/consultant/case-header";
import { MonitoringDecisionForm } from "@/components/consultant/monitoring-decision-form";
import { pageHeading } from "@/components/consultant/styles";
import { link } from "@/components/ui/styles";
import { getCatalogue } from "@/lib/server/catalogue/get-catalogue";
import { loadCase } from "../../../../_lib/load";
import { decideMonitoring } from "../../../actions";

export const metadata: Metadata = { title: "Uitleg: wat houdt dit apparaat bij?", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ case: string; product: string }> };

/**
 * Before a monitoring product can be chosen: the explanation in plain words, large enough to read together
 * across the table, and the resident's own decision.
 */
export default async function MonitoringExplanationPage({ params }: Props) {
  const { case: reference, product: slug } = await params;
  const { kase } = await loadCase(reference, "uitleg");
  const product = (await getCatalogue()).info.get(slug);
  if (!product || !product.isMonitoring) notFound();

  return (
    <div className="space-y-8">
      <CaseHeader kase={kase} current="advies" />
      <div className="space-y-3">
        <h1 className={pageHeading}>Wat houdt {product.nameInSentence} bij?</h1>
        <p className="max-w-prose text-xl">Lees dit samen. Neem de tijd. Vraag of alles duidelijk is.</p>
      </div>
      <div className="max-w-3xl text-xl [&_dd]:mb-3 [&_dt]:text-2xl">
        <MonitoringExplanation productName={product.name} monitoring={product.monitoring} headingLevel={2} />
      </div>
      <ul className="max-w-3xl list-disc space-y-2 pl-6 text-xl">
        <li>U beslist zelf. Nee zeggen mag altijd. U krijgt dan toch ander advies.</li>
        <li>Zegt u ja? Dan kunt u het eerst lenen en uitproberen. U kunt later altijd nog stoppen.</li>
      </ul>
      <MonitoringDecisionForm action={decideMonitoring.bind(null, kase.reference, product.slug)} nameInSentence={product.nameInSentence} />
      <p>
        <Link href={`${casePath(kase.reference, "advies")}#keuze-${product.slug}`} className={link}>
          Terug naar het advies zonder te kiezen
        </Link>
      </p>
    </div>
  );
}
