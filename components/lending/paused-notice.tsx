import { WmoDeskContact } from "@/components/advice/wmo-desk";
import type { WmoDesk } from "@/lib/server/municipalities/wmo-desk";


/** Instead of a form: the municipality is paused, or the lending centre closed. */
export function PausedNotice({ municipalityName, state, wmoDesk, headingLevel = 1 }: { municipalityName: string; state: "paused" | "closed"; wmoDesk: WmoDesk; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section className="max-w-prose space-y-4 rounded-xl border-2 border-warn-700 bg-warn-50 p-4 text-lg sm:p-6" aria-labelledby="gepauzeerd">
      <Heading id="gepauzeerd" className="text-2xl font-bold">
        {state === "paused" ? `De gemeente ${municipalityName} doet nu niet mee` : "Dit uitleenpunt is gesloten"}
      </Heading>
      <p>
        {state === "paused"
          ? "U kunt hier daarom nu geen vragen invullen en niets reserveren. Wat u al leende, mag u gewoon houden tot de afgesproken datum."
          : "Hier kunt u niets meer reserveren. Kijk bij een ander uitleenpunt, of vraag het Wmo-loket om hulp."}
      </p>
      <WmoDeskContact
        municipalityName={municipalityName}
        desk={wmoDesk}
        headingLevel={headingLevel === 1 ? 2 : 3}
        lead={`Heeft u een vraag over hulpmiddelen? Neem contact op met het Wmo-loket van de gemeente ${municipalityName}.`}
      />
    </section>
  );
}
