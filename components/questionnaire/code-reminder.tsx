import { formatCode } from "@/lib/util/codes";

/** Shown under every question: the answers are kept under this code, so the resident can stop and come back. */
export function CodeReminder({ code }: { code: string }) {
  return (
    <aside aria-labelledby="later-verder" className="space-y-2 rounded-xl bg-brand-50 p-4 sm:p-5">
      <h2 id="later-verder" className="text-lg font-bold">
        Later verder gaan?
      </h2>
      <p>
        Wij bewaren uw antwoorden na elke vraag. Schrijf deze code op:{" "}
        <strong className="inline-block font-mono text-xl tracking-wider">{formatCode(code)}</strong>
      </p>
      <p>Met de code gaat u later verder. Kies dan op de eerste pagina ‘Ik heb al een code’.</p>
    </aside>
  );
}
