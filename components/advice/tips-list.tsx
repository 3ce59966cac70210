/** Advice without a device ("Tips zonder apparaat"). */
export function TipsList({ tips }: { tips: string[] }) {
  if (tips.length === 0) return <p>Voor uw situatie hebben wij nu geen extra tips.</p>;
  return (
    <ul className="max-w-prose list-disc space-y-2 pl-6 text-lg">
      {tips.map((tip) => (
        <li key={tip}>{tip}</li>
      ))}
    </ul>
  );
}
