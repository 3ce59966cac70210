import { link } from "@/components/ui/styles";

export interface WmoDeskInfo {
  phone: string;
  url: string;
  hours: string;
}

/** The municipality's Wmo desk as a short list; says so when the municipality has not filled it in yet. */
export function WmoDeskContact({ municipalityName, desk }: { municipalityName: string; desk: WmoDeskInfo }) {
  if (!desk.phone && !desk.url) return <p>Bel of mail de gemeente {municipalityName} en vraag naar het Wmo-loket.</p>;
  return (
    <ul className="list-disc space-y-1 pl-6">
      {desk.phone ? (
        <li>
          Bel het Wmo-loket: <a className={link} href={`tel:${desk.phone.replace(/[^0-9+]/g, "")}`}>{desk.phone}</a>
          {desk.hours ? <>, {desk.hours}</> : null}.
        </li>
      ) : null}
      {desk.url ? (
        <li>
          Of kijk op{" "}
          <a className={`${link} [overflow-wrap:anywhere]`} href={desk.url}>
            {desk.url.replace(/^https:\/\//, "")}
          </a>
          .
        </li>
      ) : null}
    </ul>
  );
}
