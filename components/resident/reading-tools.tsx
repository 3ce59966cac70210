import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ReadAloud } from "./read-aloud";
import { parseTextSize, TEXT_SIZE_COOKIE } from "./text-size";
import { TextSizeControl } from "./text-size-control";

/** The strip under the header: "Lees voor" (when the device has a voice) and the text size. */
export async function ReadingTools({ lang }: { lang: string }) {
  const t = await getTranslations("words");
  const current = parseTextSize((await cookies()).get(TEXT_SIZE_COOKIE)?.value);
  return (
    <div className="no-print border-b border-gray-300 bg-brand-50">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-[min(1rem,5vw)] py-1">
        <ReadAloud lang={lang} texts={{ read: t("readAloud.read"), pause: t("readAloud.pause"), resume: t("readAloud.resume"), stop: t("readAloud.stop") }} />
        <TextSizeControl current={current} texts={{ label: t("textSize.label"), normaal: t("textSize.normal"), groot: t("textSize.large"), grootst: t("textSize.largest") }} />
      </div>
    </div>
  );
}
