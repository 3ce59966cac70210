import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WmoDeskContact } from "@/components/advice/wmo-desk";
import { buttonPrimary, buttonSecondary, link } from "@/components/ui/styles";
import { getMunicipalityLook } from "@/lib/server/theme/public-look";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const look = await getMunicipalityLook((await params).gemeente);
  return { title: look ? `Gemeente ${look.name}` : "Deze pagina bestaat niet" };
}


/** The home of one municipality: its welcome text, the start of the questionnaire for it, its Wmo desk. */
export default async function MunicipalityHomePage({ params }: Props) {
  const look = await getMunicipalityLook((await params).gemeente);
  if (!look) notFound();
  return (
    <div className="space-y-10">
      <section className="space-y-5" aria-labelledby="welkom">
        <h1 id="welkom" className="text-3xl font-bold leading-tight sm:text-4xl">
          Langer zelfstandig thuis wonen in {look.name}
        </h1>
        {look.welcomeText.trim() ? (
          <div className="max-w-prose space-y-3 text-lg">
            {look.welcomeText
              .split(/\n\s*\n/)
              .map((p) => p.trim())
              .filter(Boolean)
              .map((p, i) => (
                <p key={i} className="whitespace-pre-line">
                  {p}
                </p>
              ))}
          </div>
        ) : (
          <p className="max-w-prose text-lg">
            Gaat iets in huis moeilijker dan vroeger? Beantwoord een paar vragen. U krijgt persoonlijk advies over hulpmiddelen en slimme
            techniek die bij u en uw huis passen. U kunt ze eerst lenen en uitproberen.
          </p>
        )}
        <p className="max-w-prose text-lg">Het is gratis. U hebt geen account nodig. Het duurt ongeveer 5 minuten.</p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/${look.slug}/advies`} className={`${buttonPrimary} text-lg`}>
            Start met de vragen
          </Link>
          <Link href="/advies/hervatten" className={buttonSecondary}>
            Ik heb al een code
          </Link>
        </div>
      </section>

      <WmoDeskContact
        municipalityName={look.name}
        desk={look.wmoDesk}
        lead={`Heeft u een vraag over hulpmiddelen, of is er meer nodig? Neem contact op met het Wmo-loket van de gemeente ${look.name}.`}
      />

      <p className="text-lg">
        <Link href="/uitleenpunten" className={`${link} inline-flex min-h-11 items-center`}>
          Bekijk alle uitleenpunten en openingstijden
        </Link>
      </p>
    </div>
  );
}
