import { listTeams } from "@/db/queries/teams";
import { listApiTokens } from "@/db/queries/tokens";
import { CreateTokenForm, RevokeTokenButton } from "@/components/settings/tokens";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { FormattedTime } from "@/components/ui/formatted-time";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePageRole } from "@/lib/auth/session";

export const metadata = { title: "API tokens" };

export default async function TokensPage() {
  await requirePageRole("admin");
  const [tokens, teams] = await Promise.all([listApiTokens(), listTeams()]);
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  return (
    <div className="grid gap-6">
      <PageHeader
        title="API tokens"
        description="Tokens let pipelines, exporters and Alertmanager call Keel's API. Keel keeps only a hash: a token is shown once, when it is created."
      />
      <Card aria-labelledby="new-token" className="max-w-2xl">
        <CardTitle id="new-token">Create a token</CardTitle>
        <CreateTokenForm teams={teams.map(({ slug, name }) => ({ slug, name }))} />
      </Card>
      {tokens.length === 0 ? (
        <p className="text-sm text-muted">No tokens yet. Create one above for each client, so each can be revoked on its own.</p>
      ) : (
        <Table label="API tokens">
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Scopes</Th>
              <Th>Teams</Th>
              <Th className="hidden md:table-cell">Created</Th>
              <Th>Last used</Th>
              <Th>Status</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <Td>
                  <div className="font-medium">{token.name}</div>
                  <div className="font-mono text-xs text-muted">{token.prefix}…</div>
                </Td>
                <Td>
                  <div className="flex flex-wrap gap-1">
                    {token.scopes.map((scope) => (
                      <Badge key={scope}>{scope}</Badge>
                    ))}
                  </div>
                </Td>
                <Td>
                  {token.teamIds === null ? (
                    <Badge tone="warning">All teams</Badge>
                  ) : (
                    <span className="text-sm">{token.teamIds.map((id) => teamName.get(id) ?? "deleted team").join(", ")}</span>
                  )}
                </Td>
                <Td className="hidden text-muted md:table-cell">
                  <FormattedTime iso={token.createdAt.toISOString()} />
                  {token.createdByName ? <div className="text-xs">by {token.createdByName}</div> : null}
                </Td>
                <Td className="text-muted">{token.lastUsedAt ? <FormattedTime iso={token.lastUsedAt.toISOString()} /> : "never"}</Td>
                <Td>{token.revokedAt ? <Badge tone="danger">revoked</Badge> : <Badge tone="success">active</Badge>}</Td>
                <Td>{token.revokedAt ? null : <RevokeTokenButton tokenId={token.id} name={token.name} />}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
