import type { Metadata } from "next";
import { listPrivacyContacts } from "@/lib/server/public/list-privacy-contacts";

export const metadata: Metadata = { title: "Privacy" };

export const dynamic = "force-dynamic";

export default async function PrivacyPage() {
  const contacts = await listPrivacyContacts();
  return (
    <article className="max-w-prose space-y-5 text-lg">
      <h1 className="text-3xl font-bold">Privacy: wat wij bewaren en waarom</h1>
      <p>Wij vragen alleen wat nodig is voor uw advies. Elke vraag mag u overslaan.</p>
      <h2 className="text-2xl font-bold">Als u zelf de vragen invult</h2>
      <ul className="list-disc space-y-2 ps-6">
        <li>U hebt geen account nodig. Wij vragen niet naar uw naam.</li>
        <li>
          Uw antwoorden bewaren wij onder een code, zodat u later verder kunt. Zonder die code kan niemand uw antwoorden vinden. Na 90
          dagen gooien wij de antwoorden weg.
        </li>
        <li>Uw postcode gebruiken wij alleen om het uitleenpunt in de buurt te vinden.</li>
      </ul>
      <h2 className="text-2xl font-bold">Als u iets reserveert</h2>
      <ul className="list-disc space-y-2 ps-6">
        <li>Wij bewaren uw naam en uw telefoonnummer of e-mailadres. Het uitleenpunt gebruikt die om u te herinneren en te bellen.</li>
        <li>Alleen de medewerkers van dat uitleenpunt zien deze gegevens.</li>
        <li>Na afloop van de lening bewaren wij ze nog 90 dagen. Daarna gooien wij ze weg.</li>
      </ul>
      <h2 className="text-2xl font-bold">Bij een gesprek met een Wmo-consulent</h2>
      <ul className="list-disc space-y-2 ps-6">
        <li>De consulent vraagt eerst of u het goed vindt dat het gesprek wordt bewaard. U mag nee zeggen en krijgt dan toch advies.</li>
        <li>Alleen consulenten van uw gemeente zien uw gegevens. Wij houden bij wie uw gegevens bekijkt of verandert.</li>
        <li>U mag altijd vragen om uw gegevens te wissen. De gemeente doet dat dan in één keer.</li>
      </ul>
      <h2 className="text-2xl font-bold">Apparaten die iets bijhouden</h2>
      <p>
        Bij sensoren, een alarm met valdetectie, een GPS-tracker of een videodeurbel leggen wij altijd uit wat het apparaat opslaat, wie
        dat ziet en hoe u stopt. U beslist zelf.
      </p>
      {contacts.length ? (
        <>
          <h2 className="text-2xl font-bold">Vragen over privacy?</h2>
          <p>Neem contact op met uw gemeente:</p>
          <ul className="list-disc space-y-2 ps-6">
            {contacts.map((c) => (
              <li key={c.name}>
                Gemeente {c.name}: <span className="[overflow-wrap:anywhere]">{c.privacyContact}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
