import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg p-8">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-muted">Nothing lives at this address.</p>
      <Link className="mt-4 inline-block text-primary underline" href="/">
        Go to Keel
      </Link>
    </main>
  );
}
