import type { Metadata } from "next";
import { CodeForm } from "./code-form";

export const metadata: Metadata = { title: "Uw reservering bekijken" };

export default function FindReservationPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Uw reservering bekijken</h1>
      <p className="max-w-prose text-lg">
        Vul de code in die u kreeg toen u reserveerde, of toen u op de wachtlijst ging. Dan ziet u wanneer u het hulpmiddel kunt ophalen. U
        kunt de reservering daar ook annuleren.
      </p>
      <CodeForm />
    </div>
  );
}
