// Import SLOs from OpenSLO (or Sloth) YAML: paste or choose a file, preview, then import.
import { OpenSloImportForm } from "@/components/slo/openslo-import-form";
import { PageHeader } from "@/components/ui/page-header";
import { listTeams } from "@/db/queries/teams";
import { requirePageRole } from "@/lib/auth/session";
import { importOpenSloAction, previewOpenSloAction } from "./actions";

export const metadata = { title: "Import OpenSLO" };

export default async function ImportOpenSloPage() {
  const user = await requirePageRole("editor");
  const teams = (await listTeams()).filter((team) => user.role === "admin" || user.teamIds.includes(team.id)).map((team) => ({ slug: team.slug, name: team.name }));
  return (
    <div>
      <PageHeader
        title="Import OpenSLO"
        description="Create or update SLOs from OpenSLO v1 documents (SLO, SLI, Service, AlertPolicy, DataSource) or a Sloth prometheus/v1 spec. Nothing changes until you import, and a file with any problem imports nothing."
      />
      {user.role !== "admin" && teams.length === 0 ? (
        <p className="text-sm text-muted">You belong to no team yet, so there is nothing you could import into. Ask an admin to add you to a team.</p>
      ) : (
        <OpenSloImportForm teams={teams} allowUnassigned={user.role === "admin"} previewAction={previewOpenSloAction} importAction={importOpenSloAction} />
      )}
    </div>
  );
}
