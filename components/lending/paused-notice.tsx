import { getTranslations } from "next-intl/server";
import { getRequestLocale } from "@/lib/i18n/server";
import { WmoDeskContact } from "@/components/advice/wmo-desk";
import type { WmoDesk } from "@/lib/server/municipalities/wmo-desk";


/** Instead of a form: the municipality is paused, or the lending centre closed (in the resident's language). */
export async function PausedNotice({ municipalityName, state, wmoDesk, headingLevel = 1 }: { municipalityName: string; state: "paused" | "closed"; wmoDesk: WmoDesk; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const t = await getTranslations("reservation.paused");
  const locale = await getRequestLocale();
  return (
    <section className="max-w-prose space-y-4 rounded-xl border-2 border-warn-700 bg-warn-50 p-4 text-lg sm:p-6" aria-labelledby="gepauzeerd">
      <Heading id="gepauzeerd" className="text-2xl font-bold">
        {state === "paused" ? t("pausedTitle", { municipality: municipalityName }) : t("closedTitle")}
      </Heading>
      <p>{state === "paused" ? t("pausedText") : t("closedText")}</p>
      <WmoDeskContact
        municipalityName={municipalityName}
        desk={wmoDesk}
        headingLevel={headingLevel === 1 ? 2 : 3}
        lead={t("deskLead", { municipality: municipalityName })}
        locale={locale}
      />
    </section>
  );
}
