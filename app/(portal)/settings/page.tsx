import { listTeams } from "@/db/queries/teams";
import { findUserById } from "@/db/queries/users";
import { ChangePasswordForm } from "@/components/settings/password-forms";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/access/roles";
import { requirePageUser } from "@/lib/auth/session";

export const metadata = { title: "Settings" };

export default async function AccountPage() {
  const user = await requirePageUser();
  const [teams, record] = await Promise.all([listTeams().then((all) => all.filter((team) => user.teamIds.includes(team.id))), findUserById(user.id)]);
  const hasPassword = Boolean(record?.passwordHash);
  return (
    <div className="grid gap-6">
      <PageHeader title="Settings" description="Your account, and for admins the instance: users, teams, API tokens and the audit log." />
      <Card aria-labelledby="account" className="max-w-xl">
        <CardTitle id="account">Your account</CardTitle>
        <dl className="mt-3 grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
          <dt className="text-muted">Name</dt>
          <dd>{user.name}</dd>
          <dt className="text-muted">Email</dt>
          <dd>{user.email}</dd>
          <dt className="text-muted">Role</dt>
          <dd>
            <Badge tone="info">{ROLE_LABELS[user.role]}</Badge> <span className="text-muted">— {ROLE_DESCRIPTIONS[user.role]}</span>
          </dd>
          <dt className="text-muted">Teams</dt>
          <dd>{teams.length ? teams.map((team) => team.name).join(", ") : "None yet"}</dd>
        </dl>
      </Card>
      {hasPassword ? (
        <Card aria-labelledby="password" className="max-w-xl">
          <CardTitle id="password">Change your password</CardTitle>
          <ChangePasswordForm />
        </Card>
      ) : (
        <p className="max-w-xl text-sm text-muted">You sign in through single sign-on; your password is managed by your identity provider.</p>
      )}
    </div>
  );
}
