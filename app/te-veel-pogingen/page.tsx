import type { Metadata } from "next";
import Link from "next/link";
import { buttonPrimary } from "@/components/ui/styles";
import { codeLookupWait, minutesText } from "@/lib/api/rate-limit";

export const metadata: Metadata = { title: "Even wachten", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/** Where a page or form sends a client that typed too many codes we do not know (lib/api/rate-limit.ts). */
export default async function TooManyAttemptsPage() {
  const seconds = await codeLookupWait();
  return (
    <div className="max-w-prose space-y-5">
      <h1 className="text-3xl font-bold">Even wachten</h1>
      <p className="text-lg">
        U heeft te vaak een code ingevuld die wij niet kennen. Om de gegevens van inwoners te beschermen, kunt u{" "}
        {seconds ? <>het over {minutesText(seconds)} opnieuw proberen</> : <>het nu opnieuw proberen</>}.
      </p>
      <p className="text-lg">Kijk of u de code goed heeft overgenomen uit de bevestiging. Lukt het niet? Bel dan het uitleenpunt of uw Wmo-consulent.</p>
      <Link href="/" className={buttonPrimary}>
        Naar de startpagina
      </Link>
    </div>
  );
}
