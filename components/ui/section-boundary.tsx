"use client";
// Keeps one failed section from blanking its page: the section shows a message and a retry, the rest stays.
import { unstable_rethrow, useRouter } from "next/navigation";
import { Component, startTransition, type ReactNode } from "react";
import { Button } from "./button";

type BoundaryProps = { title: string; children: ReactNode; onRetry: (reset: () => void) => void };

/** Next's own signals (a server action's redirect, notFound()) are not failures: they go on up to Next's boundaries. */
function isNavigation(error: unknown): boolean {
  try {
    unstable_rethrow(error);
    return false;
  } catch {
    return true;
  }
}

class Boundary extends Component<BoundaryProps, { failed: boolean; error: unknown }> {
  state = { failed: false, error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error };
  }

  componentDidCatch(error: unknown) {
    if (isNavigation(error)) return;
    // The server already logged a failed read; this shows it in the browser console with the section's name for support.
    console.error(`Section "${this.props.title}" failed`, error);
  }

  private reset = () => this.setState({ failed: false, error: null });

  render() {
    if (!this.state.failed) return this.props.children;
    // A redirect from a form inside the section (a change that lands back on this page) is Next's to follow.
    if (isNavigation(this.state.error)) throw this.state.error;
    return (
      <div role="alert" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-danger/40 bg-surface p-4 text-sm">
        <p>
          <span className="font-medium">{this.props.title}:</span> This section could not be loaded.
        </p>
        <Button variant="secondary" size="sm" onClick={() => this.props.onRetry(this.reset)}>
          Try again
        </Button>
      </div>
    );
  }
}

/** Wraps a streamed section; "Try again" re-renders the page's server components and then the section. */
export function SectionBoundary({ title, children }: { title: string; children: ReactNode }) {
  const router = useRouter();
  return (
    <Boundary
      title={title}
      // One transition, so the section leaves its error state only when the refreshed server payload has arrived.
      onRetry={(reset) =>
        startTransition(() => {
          router.refresh();
          reset();
        })
      }
    >
      {children}
    </Boundary>
  );
}
