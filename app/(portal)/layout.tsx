import { AppShell } from "@/components/shell/app-shell";
import { FlashToast } from "@/components/ui/toast";
import { requirePageUser } from "@/lib/auth/session";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  return (
    <AppShell user={{ name: user.name, email: user.email, role: user.role }}>
      {children}
      <FlashToast />
    </AppShell>
  );
}
