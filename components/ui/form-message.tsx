// The form-level outcome of a server action, announced to screen readers.
export function FormMessage({ state }: { state: { ok?: boolean; message?: string } | undefined }) {
  return (
    <div aria-live="polite" role="status" className="text-sm">
      {state?.message ? <p className={state.ok ? "text-success" : "text-danger"}>{state.message}</p> : null}
    </div>
  );
}
