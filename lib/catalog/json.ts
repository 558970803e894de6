// The API's JSON shapes of teams and services.
type TeamSummary = { slug: string; name: string; description: string; memberCount: number; serviceCount: number; createdAt: Date };
type ServiceWithTeam = {
  slug: string;
  name: string;
  teamSlug: string;
  tier: number;
  description: string;
  repoUrl: string | null;
  dashboardUrl: string | null;
  runbookUrl: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export function teamToJson(team: TeamSummary) {
  return {
    slug: team.slug,
    name: team.name,
    description: team.description,
    memberCount: team.memberCount,
    serviceCount: team.serviceCount,
    createdAt: team.createdAt.toISOString(),
  };
}

export function serviceToJson(service: ServiceWithTeam) {
  return {
    slug: service.slug,
    name: service.name,
    team: service.teamSlug,
    tier: service.tier,
    description: service.description,
    repoUrl: service.repoUrl,
    dashboardUrl: service.dashboardUrl,
    runbookUrl: service.runbookUrl,
    createdAt: service.createdAt.toISOString(),
    updatedAt: service.updatedAt.toISOString(),
  };
}
