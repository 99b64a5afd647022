"use server";

// Server actions of the stakeholder directory (components/stakeholders/).

import { revalidatePath } from "next/cache";
import { protectedAction } from "../auth/protected-action";
import { importStakeholderLabels, labelStakeholder, labelStakeholders } from "../data/stakeholders";
import { bulkStakeholderLabelSchema, stakeholderCsvSchema, stakeholderLabelSchema } from "../validations/stakeholders";

export const labelStakeholderAction = protectedAction(
  "label:stakeholders",
  stakeholderLabelSchema,
  async (viewer, input) => {
    const count = await labelStakeholder(viewer, input);
    revalidatePath("/stakeholders");
    return { count };
  },
);

export const bulkLabelStakeholdersAction = protectedAction(
  "label:stakeholders",
  bulkStakeholderLabelSchema,
  async (viewer, input) => {
    const count = await labelStakeholders(viewer, input);
    revalidatePath("/stakeholders");
    return { count };
  },
);

export const importStakeholderLabelsAction = protectedAction(
  "label:stakeholders",
  stakeholderCsvSchema,
  async (viewer, input) => {
    const content = await input.file.text();
    const count = await importStakeholderLabels(viewer, content);
    revalidatePath("/stakeholders");
    return { count };
  },
);
