import { useTranslations } from "next-intl";
import type { Message } from "@/lib/messages";
import type { MessageText } from "./message-text";

/** Words lib/ messages in the viewer's language, in a component that renders synchronously (client or server). */
export function useMessageText(): MessageText {
  const t = useTranslations();
  return (message: Message) => t(message.code, message.params);
}
