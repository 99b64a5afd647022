/**
 * A zod issue on an export's record as a message. The import schemas give
 * catalog codes as their custom messages (importProblems.record.*); zod's own
 * wording for a shape no export has is passed on as the detail.
 */
import { message, type Message, type MessageCode } from "../messages";

const CODE_PREFIX = "importProblems.";

export function issueMessage(issue: { message: string; maximum?: unknown }): Message {
  if (!issue.message.startsWith(CODE_PREFIX))
    return message("importProblems.record.invalid", { detail: issue.message });
  const max =
    typeof issue.maximum === "number" || typeof issue.maximum === "bigint" ? Number(issue.maximum) : undefined;
  return message(issue.message as MessageCode, max === undefined ? undefined : { max });
}
