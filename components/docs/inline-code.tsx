// Descriptions in the OpenAPI document mark code with backticks, as Markdown does; nothing else is interpreted.
export function InlineCode({ text }: { text: string }) {
  const parts = text.split("`");
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 && index < parts.length - 1 ? (
          <code key={index} className="rounded bg-surface-2 px-1 font-mono text-[0.85em]">
            {part}
          </code>
        ) : (
          part + (index % 2 === 1 ? "`" : "")
        ),
      )}
    </>
  );
}
