import type { Metadata } from "next";

export const metadata: Metadata = { title: "Toegankelijkheid" };

export default function AccessibilityPage() {
  return (
    <article className="max-w-prose space-y-5 text-lg">
      <h1 className="text-3xl font-bold">Toegankelijkheid</h1>
      <p>Iedereen moet deze website kunnen gebruiken. Daarom:</p>
      <ul className="list-disc space-y-2 ps-6">
        <li>schrijven wij in eenvoudige taal (taalniveau B1);</li>
        <li>kunt u alles met alleen een toetsenbord doen;</li>
        <li>werkt de website op een kleine telefoon en met een vergrote letter;</li>
        <li>zijn knoppen groot genoeg om aan te raken;</li>
        <li>testen wij elke pagina automatisch op de eisen van WCAG 2.2, niveau AA.</li>
      </ul>
      <p>
        Lukt iets niet? Bel of mail het uitleenpunt bij u in de buurt. Zij helpen u verder en geven het probleem aan ons door.
      </p>
    </article>
  );
}
