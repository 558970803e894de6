import "server-only";
import { cache } from "react";
import { ChangeError } from "@/lib/server/errors";
import { getTemplate, getTemplateVersion } from "@/lib/server/readiness/reads";

const orMissing = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ChangeError && error.code === "not_found") return undefined;
    throw error;
  }
};

/** The template of a path slug with its versions, once per request; undefined when unknown. */
export const loadTemplate = cache((slug: string) => orMissing(() => getTemplate(slug)));

/** One version's content; undefined when the template or the version is unknown. */
export const loadTemplateVersion = cache((slug: string, version: number) => orMissing(() => getTemplateVersion(slug, version)));
