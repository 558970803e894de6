import { CostImportList } from "@/components/costs/import-list";
import { CostImportUploader } from "@/components/costs/import-uploader";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageRole } from "@/lib/auth/session";
import { costImports } from "@/lib/server/costs/imports";
import { undoCostImportAction } from "./actions";

export const metadata = { title: "Import costs" };

export default async function CostImportPage() {
  await requirePageRole("editor");
  const imports = await costImports();
  return (
    <div className="grid gap-6">
      <PageHeader
        title="Import costs"
        description="Upload your observability bill — a FOCUS 1.x export or Keel's simple columns — to see what each team's logs, metrics and traces cost. Rows already imported are skipped, and an import can be undone as a whole."
      />
      <CostImportUploader />
      <Card aria-labelledby="h-imports" className="grid gap-3">
        <CardTitle id="h-imports">Imports</CardTitle>
        <CostImportList imports={imports} undo={undoCostImportAction} />
      </Card>
    </div>
  );
}
