// The reference's table of contents: each group with its operations, then the named schemas.
import { Fragment } from "react";
import type { ApiReferenceView } from "@/lib/docs/openapi-view";
import { MethodBadge } from "./method-badge";

/** Lets a long path wrap after a slash rather than inside a word. */
function PathWithBreaks({ path }: { path: string }) {
  return path.split("/").map((part, index) => (index === 0 ? part : <Fragment key={index}>/<wbr />{part}</Fragment>));
}

export function ApiContents({ view }: { view: ApiReferenceView }) {
  return (
    <nav aria-label="API contents" className="rounded-lg border border-border bg-surface p-4 text-sm">
      <h2 className="mb-2 text-base font-semibold">Contents</h2>
      <ul className="flex flex-col gap-3">
        {view.groups.map((group) => (
          <li key={group.id}>
            <a href={`#${group.id}`} className="font-medium hover:text-primary">
              {group.name}
            </a>
            <ul className="mt-1 flex flex-col gap-1">
              {group.operations.map((operation) => (
                <li key={operation.id}>
                  <a href={`#${operation.id}`} className="flex items-center gap-2 hover:text-primary">
                    <MethodBadge method={operation.method} className="w-14 text-[0.65rem]" />
                    <span className="font-mono text-xs">
                      <PathWithBreaks path={operation.path} />
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
        {view.schemas.length ? (
          <li>
            <a href="#schemas" className="font-medium hover:text-primary">
              Schemas
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
