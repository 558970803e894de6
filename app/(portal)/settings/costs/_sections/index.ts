// The cost settings page's sections, in order: each is an async server component in its own file here. Add one file and one line.
import { CostPolicySection } from "./cost-policy-section";
import { ImportTagKeysSection } from "./import-tag-keys";
import { TeamBudgetsSection } from "./team-budgets-section";

export const COST_SETTINGS_SECTIONS = [ImportTagKeysSection, CostPolicySection, TeamBudgetsSection];
