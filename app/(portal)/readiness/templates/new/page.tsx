import { TemplateEditor } from "@/components/readiness/template-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { createTemplateAction } from "../actions";

export const metadata = { title: "New readiness template" };

const STARTER = { categories: [{ key: "", name: "", items: [{ key: "", text: "", guidance: "", required: true, evidenceRequired: false, check: null }] }] };

export default async function NewTemplatePage() {
  await requirePageRole("admin");
  return (
    <div>
      <PageHeader title="New readiness template" description="Categories and the items a service must show in each; mark what is required and what Keel can check by itself." />
      <TemplateEditor action={createTemplateAction} mode="create" initial={{ slug: "", name: "", description: "", tier: null }} content={STARTER} cancelHref="/readiness/templates" />
    </div>
  );
}
