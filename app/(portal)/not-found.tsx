import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

export default function NotFound() {
  return (
    <div>
      <PageHeader title="Not found" description="Nothing lives at this address. It may have been renamed or deleted." />
      <ButtonLink href="/">Back to the overview</ButtonLink>
    </div>
  );
}
