import { CostImportSettingsForm } from "@/components/costs/import-settings-form";
import { costImportSettings } from "@/lib/server/costs/import-settings";

export async function ImportTagKeysSection() {
  return <CostImportSettingsForm settings={await costImportSettings()} />;
}
