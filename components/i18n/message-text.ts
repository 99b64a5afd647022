import { getTranslations } from "next-intl/server";
import type { Message } from "@/lib/messages";

export type MessageText = (message: Message) => string;

/** Words lib/ messages (lib/messages.ts) in the request's language, in an async server component or page; use-message-text.ts does it in a component that renders synchronously. */
export async function getMessageText(): Promise<MessageText> {
  const t = await getTranslations();
  return (message) => t(message.code, message.params);
}
