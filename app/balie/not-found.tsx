import Link from "next/link";
import { link } from "@/components/ui/styles";

export default function DeskNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Niet gevonden</h1>
      <p className="max-w-prose text-lg">
        Deze pagina bestaat niet, of hij hoort bij een uitleenpunt waar u niet werkt. U ziet alleen de voorraad en reserveringen van uw eigen uitleenpunten.
      </p>
      <p>
        <Link className={`${link} inline-flex min-h-11 items-center`} href="/werkplek">
          Naar uw werkplek
        </Link>
      </p>
    </div>
  );
}
