// A runbook's Markdown body, rendered safely: react-markdown builds React elements (never innerHTML), raw HTML stays
// text because rehype-raw is not used, and links and images keep only http(s) URLs (javascript:, data: … are dropped).
import ReactMarkdown from "react-markdown";

export function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url.trim()) ? url : "";
}

export function RunbookMarkdown({ body }: { body: string }) {
  return (
    <div className="runbook-body grid gap-3 text-sm leading-6 [overflow-wrap:anywhere] [&_a]:text-primary [&_a]:underline [&_code]:rounded [&_code]:bg-surface-2 [&_code]:px-1 [&_h1]:text-xl [&_h1]:font-semibold [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-surface-2 [&_pre]:p-3 [&_ul]:list-disc [&_ul]:pl-6">
      <ReactMarkdown urlTransform={safeUrl} components={{ a: ({ href, children }) => (href ? <a href={href} rel="noreferrer noopener" target="_blank">{children}</a> : <span>{children}</span>) }}>
        {body}
      </ReactMarkdown>
    </div>
  );
}
