import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { classShare, TIME_CLASSES, type TimeClass, type WorkingHoursSummary } from "@/lib/metrics/working-hours";

/** Posts and replies of one mission by time class, each post count linking to its posts. */
export async function ClassSummary({
  summary,
  classHref,
}: {
  summary: WorkingHoursSummary;
  classHref: (timeClass: TimeClass) => string;
}) {
  const t = await getTranslations("workingHours");
  const format = await getFormatter();
  const percent = (value: number | null) =>
    value === null ? "–" : format.number(value, { style: "percent", maximumFractionDigits: 0 });
  return (
    <Table data-testid="class-summary">
      <thead>
        <tr>
          <Th>{t("summaryHeading")}</Th>
          <Th className="text-right">{t("postsColumn")}</Th>
          <Th className="text-right">{t("repliesColumn")}</Th>
        </tr>
      </thead>
      <tbody>
        {TIME_CLASSES.map((c) => (
          <tr key={c} data-testid={`class-row-${c}`}>
            <Td>{t(`class.${c}`)}</Td>
            <Td className="text-right tabular-nums">
              {summary.posts[c] > 0 ? (
                <Link href={classHref(c)} className="text-accent underline" data-testid="class-posts">
                  {format.number(summary.posts[c])}
                </Link>
              ) : (
                <span data-testid="class-posts">0</span>
              )}{" "}
              <span className="text-xs text-muted">{percent(classShare(summary.posts, c))}</span>
            </Td>
            <Td className="text-right tabular-nums">
              <span data-testid="class-replies">{format.number(summary.replies[c])}</span>{" "}
              <span className="text-xs text-muted">{percent(classShare(summary.replies, c))}</span>
            </Td>
          </tr>
        ))}
        <tr>
          <Td className="font-semibold">{t("posts")}</Td>
          <Td className="text-right font-semibold tabular-nums" data-testid="summary-posts-total">
            {format.number(summary.posts.total)}
          </Td>
          <Td className="text-right font-semibold tabular-nums">{format.number(summary.replies.total)}</Td>
        </tr>
      </tbody>
    </Table>
  );
}
