import { UnknownCode } from "@/components/lending/unknown-code";

export default function NotFound() {
  return <UnknownCode />;
}
