/** Confirmation after an action redirected back (?gedaan=...): fixed texts, never anything from the URL itself. */
const DONE_TEXTS: Record<string, string> = {
  meegegeven: "Meegegeven. De uitleen is gestart.",
  teruggenomen: "Teruggenomen. Het exemplaar staat nu op schoonmaak.",
  "terug-schade": "Teruggenomen met schade. Het exemplaar staat nu op reparatie.",
  schoon: "Schoonmaak klaar. Het exemplaar kan weer worden uitgeleend.",
  reparatie: "Het exemplaar staat nu op reparatie.",
  gerepareerd: "Reparatie klaar. Het exemplaar kan weer worden uitgeleend.",
  afgeschreven: "Het exemplaar is afgeschreven.",
  toegevoegd: "Het exemplaar is toegevoegd aan de voorraad.",
  aangepast: "De gegevens zijn opgeslagen.",
  bevestigd: "De reservering is bevestigd.",
  geannuleerd: "De reservering is geannuleerd. Het exemplaar is weer vrij.",
  verlengd: "De uitleen is verlengd.",
  uitkomst: "De uitkomst is bewaard. Dank u.",
  uitgeleend: "Uitgeleend zonder reservering. Geef de lener de code van deze uitleen mee.",
};

export function DoneNotice({ done }: { done: string | string[] | undefined }) {
  const key = typeof done === "string" ? done : undefined;
  const text = key ? DONE_TEXTS[key] : undefined;
  if (!text) return null;
  return (
    <p role="status" className="rounded-lg border-2 border-good-700 bg-good-50 p-3 font-semibold text-good-700">
      {text}
    </p>
  );
}
