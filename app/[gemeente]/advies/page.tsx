import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StartForm } from "@/components/questionnaire/start-form";
import { link } from "@/components/ui/styles";
import { startAssessment } from "@/app/advies/actions";
import { getMunicipalityLook } from "@/lib/server/theme/public-look";

export const metadata: Metadata = { title: "Advies krijgen" };
export const dynamic = "force-dynamic";

/** The start of the questionnaire from a municipality's own address: the municipality is already chosen. */
export default async function MunicipalityStartPage({ params }: { params: Promise<{ gemeente: string }> }) {
  const look = await getMunicipalityLook((await params).gemeente);
  if (!look) notFound();
  return (
    <div className="space-y-8">
      <div className="space-y-4">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Advies over hulpmiddelen voor thuis</h1>
        <p className="max-w-prose text-lg">
          U woont in de gemeente {look.name}. U beantwoordt een paar korte vragen over wat moeilijk gaat en over uw huis. Daarna ziet u
          welke hulpmiddelen bij u passen, en waarom. U ziet ook waar u ze kunt lenen.
        </p>
        <p className="max-w-prose text-lg">
          Woont u ergens anders?{" "}
          <Link className={`${link} inline-flex min-h-11 items-center`} href="/advies">
            Kies uw gemeente
          </Link>
        </p>
      </div>
      <StartForm action={startAssessment} municipalities={[{ slug: look.slug, name: look.name }]} />
    </div>
  );
}
