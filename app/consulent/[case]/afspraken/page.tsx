import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/consultant/action-button";
import { CaseHeader, casePath } from "@/components/consultant/case-header";
import { StepForm } from "@/components/consultant/step-form";
import { bigButton, pageHeading, sectionHeading } from "@/components/consultant/styles";
import { buttonSecondary, card } from "@/components/ui/styles";
import { formatDayLong } from "@/lib/util/dates";
import { loadCase } from "../../_lib/load";
import { addStep, toggleStep } from "../actions";

export const metadata: Metadata = { title: "Afspraken", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ case: string }> };

/** Agreed next steps: what, who, by when. They appear in the report as "wie doet wat". */
export default async function CaseStepsPage({ params }: Props) {
  const { case: reference } = await params;
  const { kase } = await loadCase(reference, "afspraken");
  const ref = kase.reference;
  return (
    <div className="space-y-8">
      <CaseHeader kase={kase} current="afspraken" />
      <div className="space-y-2">
        <h1 className={pageHeading}>Afspraken: wie doet wat?</h1>
        <p className="max-w-prose text-xl">Spreek samen af wat de volgende stappen zijn. Ze komen in het verslag.</p>
      </div>

      <section aria-labelledby="lijst" className="space-y-3">
        <h2 id="lijst" className={sectionHeading}>
          Gemaakte afspraken
        </h2>
        {kase.steps.length === 0 ? <p className="text-lg">Nog geen afspraken.</p> : null}
        <ul className="space-y-3">
          {kase.steps.map((s) => (
            <li key={s.id} className={`${card} flex flex-wrap items-start justify-between gap-3 ${s.done ? "opacity-80" : ""}`}>
              <div className="min-w-0 flex-1 space-y-1 text-lg">
                <p className="text-xl font-bold">
                  {s.done ? <span className="sr-only">Gedaan: </span> : null}
                  <span className={s.done ? "line-through" : ""}>{s.text}</span>
                </p>
                <p>
                  <span className="font-semibold">Wie:</span> {s.who}
                </p>
                <p>
                  <span className="font-semibold">Wanneer:</span> {s.dueDate ? `uiterlijk ${formatDayLong(s.dueDate)}` : "geen vaste datum"}
                </p>
              </div>
              <ActionButton action={toggleStep.bind(null, ref, s.id, !s.done)} className={buttonSecondary}>
                {s.done ? "Weer open zetten" : "Afvinken"}
                <span className="sr-only">: {s.text}</span>
              </ActionButton>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="nieuw" className={`${card} space-y-3`}>
        <h2 id="nieuw" className={sectionHeading}>
          Nieuwe afspraak
        </h2>
        <StepForm action={addStep.bind(null, ref)} />
      </section>

      <p>
        <Link href={casePath(ref, "verslag")} className={bigButton}>
          Verder: het verslag
        </Link>
      </p>
    </div>
  );
}
