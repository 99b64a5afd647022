/**
 * Words a lib/ message outside a React render: the command line, exports and
 * the text of errors for logs. Screens use next-intl's useTranslations or
 * getTranslations with the same catalog.
 */
import { createTranslator } from "use-intl/core";
import messages from "../messages/en/index";
import type { Message } from "./messages";

const english = createTranslator({ locale: "en", messages });

/** The message in English, from messages/en (the language of the command line and the logs). */
export function messageText(message: Message): string {
  return english(message.code as never, message.params as never);
}
