import { notFound } from "next/navigation";
import { TemplateEditor } from "@/components/readiness/template-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { updateTemplateAction } from "../../actions";
import { loadTemplate } from "../_data";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const template = await loadTemplate((await params).slug);
  return { title: template ? `Edit template: ${template.name}` : "Edit template" };
}

export default async function EditTemplatePage({ params }: { params: Promise<{ slug: string }> }) {
  await requirePageRole("admin");
  const { slug } = await params;
  const template = await loadTemplate(slug);
  if (!template) notFound();
  return (
    <div>
      <PageHeader
        title={`Edit template: ${template.name}`}
        description={`Saving makes version ${template.currentVersion + 1}; new reviews start from it, reviews already started keep version ${template.currentVersion} or older.`}
      />
      <TemplateEditor
        action={updateTemplateAction.bind(null, slug)}
        mode="edit"
        initial={{ slug: template.slug, name: template.name, description: template.description, tier: template.tier }}
        content={template.content}
        cancelHref={`/readiness/templates/${slug}`}
      />
    </div>
  );
}
