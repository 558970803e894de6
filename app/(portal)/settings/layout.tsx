import { SettingsTabs } from "@/components/settings/settings-tabs";
import { requirePageUser } from "@/lib/auth/session";

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  return (
    <div className="flex flex-col gap-6">
      <SettingsTabs isAdmin={user.role === "admin"} />
      <div>{children}</div>
    </div>
  );
}
