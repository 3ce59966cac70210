/** Advice without a device ("Tips zonder apparaat"); `empty` is the line when there are none, in the page's language. */
export function TipsList({ tips, empty = "Voor uw situatie hebben wij nu geen extra tips." }: { tips: string[]; empty?: string }) {
  if (tips.length === 0) return <p>{empty}</p>;
  return (
    <ul className="max-w-prose list-disc space-y-2 ps-6 text-lg">
      {tips.map((tip) => (
        <li key={tip}>{tip}</li>
      ))}
    </ul>
  );
}
