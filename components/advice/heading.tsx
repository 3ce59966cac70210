/** A heading whose level the caller chooses, so the advice components fit the resident's page and the consultant's. */
export type HeadingLevel = 2 | 3 | 4 | 5;

export function Heading({ level, id, className, children }: { level: HeadingLevel; id?: string; className?: string; children: React.ReactNode }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

export const deeper = (level: HeadingLevel): HeadingLevel => (level >= 5 ? 5 : ((level + 1) as HeadingLevel));
