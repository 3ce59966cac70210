import Link from "next/link";
import { buttonPrimary } from "@/components/ui/styles";

export default function ReportNotFound() {
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Verslag niet gevonden</h1>
      <p className="max-w-prose text-lg">
        Wij vinden geen verslag met deze code. Controleer de code, of vraag uw Wmo-consulent om een nieuwe. Een verslag wordt na een tijd
        gewist.
      </p>
      <Link href="/verslag" className={buttonPrimary}>
        Code opnieuw invullen
      </Link>
    </div>
  );
}
