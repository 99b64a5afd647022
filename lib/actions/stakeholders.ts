"use server";

// Server actions of the stakeholder directory (components/stakeholders/).

import { revalidatePath } from "next/cache";
import { ActionError, protectedAction } from "../auth/protected-action";
import { importStakeholderLabels, labelStakeholder, labelStakeholders, StakeholderError } from "../data/stakeholders";
import { bulkStakeholderLabelSchema, stakeholderCsvSchema, stakeholderLabelSchema } from "../validations/stakeholders";

async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StakeholderError) {
      // The CSV's problems are line-numbered sentences; the screen lists them as they are.
      const problems = error.problems?.map((p) => (p.line ? `Line ${p.line}${p.field ? ` (${p.field})` : ""}: ${p.message}` : p.message));
      throw new ActionError(error.code === "forbidden" ? "not_found" : error.code, problems ? { file: problems } : error.fieldErrors);
    }
    throw error;
  }
}

export const labelStakeholderAction = protectedAction("label:stakeholders", stakeholderLabelSchema, async (viewer, input) => {
  const count = await run(() => labelStakeholder(viewer, input));
  revalidatePath("/stakeholders");
  return { count };
});

export const bulkLabelStakeholdersAction = protectedAction("label:stakeholders", bulkStakeholderLabelSchema, async (viewer, input) => {
  const count = await run(() => labelStakeholders(viewer, input));
  revalidatePath("/stakeholders");
  return { count };
});

export const importStakeholderLabelsAction = protectedAction("label:stakeholders", stakeholderCsvSchema, async (viewer, input) => {
  const content = await input.file.text();
  const count = await run(() => importStakeholderLabels(viewer, content));
  revalidatePath("/stakeholders");
  return { count };
});
