import Link from "next/link";
import { buttonPrimary } from "@/components/ui/styles";

export default function ConsultantNotFound() {
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Niet gevonden</h1>
      <p className="max-w-prose text-lg">Deze pagina bestaat niet (meer), of u hebt er geen toegang toe.</p>
      <Link href="/werkplek" className={buttonPrimary}>
        Naar mijn werkplek
      </Link>
    </div>
  );
}
