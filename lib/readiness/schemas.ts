// The zod schemas of readiness templates, reviews and item updates, shared by the API, the server actions and the seed.
import { z } from "zod";
import { slugSchema } from "@/lib/catalog/schemas";
import { CHECK_KINDS, ITEM_STATUSES, REVIEW_STATUSES } from "./types";

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const required = (max: number) => z.string({ error: "is required" }).trim().min(1, "is required").max(max, `must be at most ${max} characters`);
const keySchema = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(63, "must be at most 63 characters")
  .regex(/^[a-z][a-z0-9-]*$/, "use lowercase letters, digits and hyphens, starting with a letter");

export const checkSchema = z
  .object({
    kind: z.enum(CHECK_KINDS, { error: `must be one of ${CHECK_KINDS.join(", ")}` }),
    days: z.number({ error: "must be a whole number of days" }).int("must be a whole number of days").min(1, "must be 1–90").max(90, "must be 1–90").optional(),
    months: z.number({ error: "must be a whole number of months" }).int("must be a whole number of months").min(1, "must be 1–36").max(36, "must be 1–36").optional(),
  })
  .strict()
  .superRefine((check, ctx) => {
    if (check.days !== undefined && check.kind !== "oncall_coverage") ctx.addIssue({ code: "custom", path: ["days"], message: "only an oncall_coverage check takes days" });
    if (check.months !== undefined && check.kind !== "recent_drill") ctx.addIssue({ code: "custom", path: ["months"], message: "only a recent_drill check takes months" });
  });

export const templateItemSchema = z.object({
  key: keySchema,
  text: required(300),
  guidance: text(4000).optional().default(""),
  required: z.boolean({ error: "must be true or false" }).optional().default(true),
  evidenceRequired: z.boolean({ error: "must be true or false" }).optional().default(false),
  check: checkSchema.nullable().optional().default(null),
});

export const templateCategorySchema = z.object({
  key: keySchema,
  name: required(120),
  items: z.array(templateItemSchema, { error: "must be a list of items" }).min(1, "a category needs at least one item").max(50, "at most 50 items"),
});

export const templateContentSchema = z
  .object({ categories: z.array(templateCategorySchema, { error: "must be a list of categories" }).min(1, "a template needs at least one category").max(30, "at most 30 categories") })
  .superRefine((content, ctx) => {
    const categoryKeys = new Set<string>();
    const itemKeys = new Set<string>();
    content.categories.forEach((category, c) => {
      if (categoryKeys.has(category.key)) ctx.addIssue({ code: "custom", path: ["categories", c, "key"], message: `"${category.key}" is used by another category` });
      categoryKeys.add(category.key);
      category.items.forEach((item, i) => {
        if (itemKeys.has(item.key)) ctx.addIssue({ code: "custom", path: ["categories", c, "items", i, "key"], message: `"${item.key}" is used by another item` });
        itemKeys.add(item.key);
      });
    });
  });

const tierOrNull = z
  .union([z.literal(1), z.literal(2), z.literal(3), z.null()], { error: "must be 1, 2, 3 or null" })
  .optional()
  .default(null);

export const templateCreateSchema = z.object({
  slug: slugSchema,
  name: required(120),
  description: text(2000).optional().default(""),
  tier: tierOrNull,
  content: templateContentSchema,
  note: text(500).optional().default(""),
});

/** A template edit: the whole new content (it becomes the next version) and what changed. The slug stays. */
export const templateUpdateSchema = templateCreateSchema.omit({ slug: true });

const dateSchema = z.iso.date({ error: "must be a date YYYY-MM-DD" });

export const reviewCreateSchema = z.object({
  service: slugSchema,
  template: slugSchema,
  launchDate: dateSchema,
  dueDate: dateSchema.nullable().optional(),
  /** The reviewer: an email address or a user id. */
  reviewer: z.union([z.email("must be an email address or a user id"), z.number().int().positive("must be an email address or a user id")]).nullable().optional(),
});

const evidenceUrlSchema = z.union([z.literal(""), z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })], { error: "must be an http(s) URL or empty" });

export const itemUpdateSchema = z
  .object({
    version: z.number({ error: "is required (the item version you changed)" }).int("must be a whole number").min(1, "must be at least 1"),
    status: z.enum(ITEM_STATUSES, { error: `must be one of ${ITEM_STATUSES.join(", ")}` }).optional(),
    justification: text(2000).optional(),
    evidenceUrl: z.string().trim().max(2000, "must be at most 2000 characters").pipe(evidenceUrlSchema).optional(),
    comment: text(4000).optional(),
    assignee: z.number({ error: "must be a user id or null" }).int("must be a user id or null").positive("must be a user id or null").nullable().optional(),
    overrideReason: text(2000).optional(),
  })
  .strict();

export const reviewListQuerySchema = z.object({
  service: slugSchema.optional().describe("Service slug"),
  team: slugSchema.optional().describe("Team slug"),
  status: z.enum(REVIEW_STATUSES, { error: `must be one of ${REVIEW_STATUSES.join(", ")}` }).optional().describe("in_review, approved or cancelled"),
});

export type TemplateContentInput = z.infer<typeof templateContentSchema>;
export type TemplateCreateInput = z.infer<typeof templateCreateSchema>;
export type TemplateUpdateInput = z.infer<typeof templateUpdateSchema>;
export type ReviewCreateInput = z.infer<typeof reviewCreateSchema>;
export type ItemUpdateInput = z.infer<typeof itemUpdateSchema>;
export type ReviewListQuery = z.infer<typeof reviewListQuerySchema>;
