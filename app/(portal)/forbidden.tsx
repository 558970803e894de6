// What a page the person may not see shows, with HTTP status 403 (forbidden() from next/navigation).
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

export default function Forbidden() {
  return (
    <div>
      <PageHeader title="You don't have access to this page" description="Your role does not include this area. An admin can change your role in Settings → Users." />
      <ButtonLink href="/">Back to the overview</ButtonLink>
    </div>
  );
}
