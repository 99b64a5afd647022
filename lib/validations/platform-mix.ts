import { z } from "zod";
import { PRESENCE_FORMATS, type PresenceFormat } from "../metrics/platform-mix";

/** One checkbox per format ("format.<name>" = "on"); anything else in the form is refused. */
export const setTargetFormatsSchema = z
  .object(
    Object.fromEntries(PRESENCE_FORMATS.map((format) => [`format.${format}`, z.literal("on").optional()])) as Record<
      `format.${PresenceFormat}`,
      z.ZodOptional<z.ZodLiteral<"on">>
    >,
  )
  .strict()
  .transform((form) => PRESENCE_FORMATS.filter((format) => form[`format.${format}`] === "on"));
