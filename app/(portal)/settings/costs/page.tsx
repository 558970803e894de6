import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { COST_SETTINGS_SECTIONS } from "./_sections";

export const metadata = { title: "Cost settings" };

export default async function CostSettingsPage() {
  await requirePageRole("admin");
  return (
    <div className="grid gap-6">
      <PageHeader title="Cost settings" description="How cost imports read your provider's export, and the rules the Costs section applies to it." />
      {COST_SETTINGS_SECTIONS.map((Section) => (
        <Section key={Section.name} />
      ))}
    </div>
  );
}
