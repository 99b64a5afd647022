// One JSON file per screen keeps catalogs small and merges painless; each
// file holds whole top-level namespaces, so they never overlap. One line per
// file below, so that parallel work adds lines instead of editing one.
import account from "./account.json";
import admin from "./admin.json";
import common from "./common.json";
import glossary from "./glossary.json";
import importTemplates from "./import-templates.json";
import importProblems from "./import-problems.json";
import imports from "./imports.json";
import insights from "./insights.json";
import languages from "./languages.json";
import mission from "./mission.json";
import missionTargets from "./mission-targets.json";
import network from "./network.json";
import overview from "./overview.json";
import people from "./people.json";
import platformMix from "./platform-mix.json";
import posts from "./posts.json";
import reviews from "./reviews.json";
import summaries from "./summaries.json";
import stakeholders from "./stakeholders.json";
import summaryExports from "./summary-exports.json";
import themeRules from "./theme-rules.json";
import themes from "./themes.json";
import workingHours from "./working-hours.json";

const messages = {
  ...common,
  ...overview,
  ...mission,
  ...missionTargets,
  ...platformMix,
  ...insights,
  ...posts,
  ...themes,
  ...themeRules,
  ...account,
  ...admin,
  ...imports,
  ...importProblems,
  ...importTemplates,
  ...reviews,
  ...summaries,
  ...summaryExports,
  ...network,
  ...stakeholders,
  ...workingHours,
  ...languages,
  ...people,
  ...glossary,
};

export default messages;
