// The cost settings page's sections, in order: each is an async server component in its own file here. Add one file and one line.
import { ImportTagKeysSection } from "./import-tag-keys";

export const COST_SETTINGS_SECTIONS = [ImportTagKeysSection];
