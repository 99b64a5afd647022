/** A deterministic X archive tweets.js of `n` posts (replies, mentions, reposts, themed text), for import benchmarks. */
import { createRandom } from "../../prisma/demo/generate-history";

export function tweetsJs(n: number, firstId = 10_000_000): string {
  const random = createRandom(42);
  const start = Date.UTC(2011, 0, 1);
  const span = Date.UTC(2017, 0, 1) - start;
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    const d = new Date(start + Math.floor((span * i) / n));
    const pad = (x: number) => String(x).padStart(2, "0");
    const created = `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
    const u = random();
    const mention = u < 0.2 ? `{ "screen_name" : "partner${i % 50}" }` : "";
    const text =
      u < 0.1
        ? `RT @partner${i % 50}: democracy and climate change`
        : u < 0.2
          ? `@partner${i % 50} thank you`
          : `Post ${i} on investment and democracy`;
    items.push(
      `{ "tweet" : { "id_str" : "${firstId + i}", "created_at" : "${created}", "full_text" : "${text}", "lang" : "en", "favorite_count" : "${i % 17}", "retweet_count" : "${i % 5}", "entities" : { "user_mentions" : [ ${mention} ], "urls" : [ ] }${u >= 0.1 && u < 0.2 ? `, "in_reply_to_screen_name" : "partner${i % 50}", "in_reply_to_status_id_str" : "${i}"` : ""} } }`,
    );
  }
  return `window.YTD.tweets.part0 = [\n${items.join(",\n")}\n]`;
}
