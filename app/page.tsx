import Link from "next/link";
import { getHomeOverview } from "@/lib/server/public/get-home-overview";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";

export const dynamic = "force-dynamic";

const STEPS = [
  { title: "U vertelt wat moeilijk gaat", text: "Bijvoorbeeld stofzuigen, 's nachts naar de wc of uw medicijnen onthouden." },
  { title: "U krijgt advies", text: "Wij laten zien welke hulpmiddelen bij u passen, en waarom. En ook wat niet past." },
  { title: "U leent en probeert", text: "Bij een uitleenpunt in de buurt leent u het hulpmiddel. Zo weet u of het helpt voordat u iets koopt." },
];

export default async function HomePage() {
  const overview = await getHomeOverview();
  const centres = overview.municipalities.reduce((sum, m) => sum + m.centreCount, 0);
  return (
    <div className="space-y-12">
      <section className="space-y-5" aria-labelledby="welkom">
        <h1 id="welkom" className="text-3xl font-bold leading-tight sm:text-4xl">
          Langer zelfstandig thuis wonen, met de juiste hulpmiddelen
        </h1>
        <p className="max-w-prose text-lg">
          Gaat iets in huis moeilijker dan vroeger? Beantwoord een paar vragen. U krijgt persoonlijk advies over hulpmiddelen en slimme
          techniek die bij u en uw huis passen. U kunt ze eerst lenen en uitproberen.
        </p>
        <p className="max-w-prose text-lg">Het is gratis. U hebt geen account nodig. Het duurt ongeveer 5 minuten.</p>
        <div className="flex flex-wrap gap-3">
          <Link href="/advies" className={`${buttonPrimary} text-lg`}>
            Start met de vragen
          </Link>
          <Link href="/advies/hervatten" className={buttonSecondary}>
            Ik heb al een code
          </Link>
        </div>
      </section>

      <section aria-labelledby="hoe" className="space-y-4">
        <h2 id="hoe" className="text-2xl font-bold">
          Zo werkt het
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {STEPS.map((step, i) => (
            <li key={step.title} className="rounded-xl border border-gray-300 bg-white p-5">
              <p className="text-lg font-bold">
                <span className="mr-2 inline-flex h-[1.75em] w-[1.75em] items-center justify-center rounded-full bg-brand-700 text-white" aria-hidden="true">
                  {i + 1}
                </span>
                {step.title}
              </p>
              <p className="mt-2">{step.text}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="aanbod" className="space-y-3">
        <h2 id="aanbod" className="text-2xl font-bold">
          Wat u kunt lenen
        </h2>
        <p className="max-w-prose">
          Wij kennen {overview.productCount} hulpmiddelen: van een nachtlampje met bewegingssensor tot een robotstofzuiger en een
          alarmknop. Er zijn {centres} uitleenpunten in{" "}
          {overview.municipalities.map((m) => m.name).join(" en ")}.
        </p>
        <Link href="/uitleenpunten" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
          Bekijk alle uitleenpunten en openingstijden
        </Link>
      </section>

      <section aria-labelledby="samen" className="rounded-xl bg-brand-50 p-5 sm:p-6">
        <h2 id="samen" className="text-2xl font-bold">
          Samen invullen mag
        </h2>
        <p className="mt-2 max-w-prose">
          Vul de vragen in met een familielid, een buur of uw Wmo-consulent. U beslist zelf wat u wilt proberen. Bij apparaten die iets
          bijhouden, zoals sensoren, leggen wij altijd uit wat ze opslaan en wie dat ziet.
        </p>
      </section>

      <section aria-labelledby="medewerkers" className="space-y-3">
        <h2 id="medewerkers" className="text-2xl font-bold">
          Voor medewerkers
        </h2>
        <p>Bent u Wmo-consulent, medewerker van een uitleenpunt of beheerder bij de gemeente?</p>
        <Link href="/inloggen" className={buttonSecondary}>
          Inloggen voor medewerkers
        </Link>
      </section>
    </div>
  );
}
