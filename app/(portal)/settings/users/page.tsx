import { listUsers } from "@/db/queries/users";
import { CreateUserForm, UserRow } from "@/components/settings/users";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Th } from "@/components/ui/table";
import { requirePageRole } from "@/lib/auth/session";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requirePageRole("admin");
  const users = await listUsers();
  return (
    <div className="grid gap-6">
      <PageHeader title="Users" description="Who can sign in, and with which role. Deactivated people cannot sign in; their history stays." />
      <Table label="Users">
        <thead>
          <tr>
            <Th>Person</Th>
            <Th>Teams</Th>
            <Th>Role</Th>
            <Th>Status</Th>
            <Th className="hidden md:table-cell">Last sign-in</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow
              key={user.id}
              user={{
                id: user.id,
                name: user.name,
                email: user.email,
                role: user.role,
                isActive: user.isActive,
                teams: user.teams.map((team) => team.name),
                lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
              }}
              isSelf={user.id === admin.id}
            />
          ))}
        </tbody>
      </Table>
      <Card aria-labelledby="new-user" className="max-w-2xl">
        <CardTitle id="new-user">Add a user</CardTitle>
        <CreateUserForm />
      </Card>
    </div>
  );
}
