/**
 * The survey of Mongolian mission accounts on Twitter (shared seed 001,
 * J. Dierkes, "State of Digital Diplomacy in Mongolia Missions"): 27 missions
 * and 2 HQ accounts with status, total tweets and month of last tweet.
 *
 * The article is undated; it was written once President Battulga's team was
 * forming (summer 2017) and says the MFA's English account had not tweeted in
 * eight months (last tweet December 2016). We date it 15 August 2017.
 */

export const SURVEY_DATE = "2017-08-15";

/** How the survey counts: 11 of 29 accounts dormant. */
export const SURVEY_DORMANT_COUNT = 11;

export type MissionKind = "embassy" | "consulate" | "permanent_mission" | "hq";
export type DeclaredUse = "broadcast" | "engagement" | "mixed";

export interface SurveyAccount {
  handle: string;
  displayName: string;
  status: "active" | "dormant";
  totalTweets: number;
  /** "YYYY-MM" of the last tweet, given by the survey for dormant accounts. */
  lastTweetMonth?: string;
  /** "YYYY-MM" the account opened: not in the survey, chosen to fit its volume. */
  openedMonth: string;
  isPrivate?: boolean;
  declaredUse: DeclaredUse;
  mainLanguage: "en" | "mn";
}

export interface SurveyMission {
  slug: string;
  /** As the survey names it: country for embassies, city for consulates. */
  name: string;
  kind: MissionKind;
  country: string;
  countryCode: string | null;
  city: string;
  region: "Asia-Pacific" | "Europe" | "Americas" | "Multilateral" | "Headquarters";
  timeZone: string;
  /** Standard-time UTC offset, used only to place generated posts in local working hours. */
  utcOffsetHours: number;
  hostLanguages: string[];
  accounts: SurveyAccount[];
}

function mission(
  slug: string,
  name: string,
  kind: MissionKind,
  place: { country: string; countryCode: string | null; city: string },
  region: SurveyMission["region"],
  zone: { timeZone: string; utcOffsetHours: number },
  hostLanguages: string[],
  account: Omit<SurveyAccount, "handle" | "displayName" | "mainLanguage" | "declaredUse"> &
    Partial<Pick<SurveyAccount, "declaredUse" | "mainLanguage">>,
): SurveyMission {
  const where =
    kind === "consulate" ? `Consulate General of Mongolia in ${place.city}` : `Embassy of Mongolia in ${name}`;
  return {
    slug,
    name,
    kind,
    ...place,
    region,
    ...zone,
    hostLanguages,
    accounts: [
      {
        handle: `demo_mn_${slug.replace(/-/g, "_")}`,
        displayName: kind === "permanent_mission" ? `Permanent Mission of Mongolia to the UN, ${place.city}` : where,
        declaredUse: "mixed",
        mainLanguage: "en",
        ...account,
      },
    ],
  };
}

export const SURVEY_MISSIONS: SurveyMission[] = [
  mission(
    "australia",
    "Australia",
    "embassy",
    { country: "Australia", countryCode: "AU", city: "Canberra" },
    "Asia-Pacific",
    { timeZone: "Australia/Sydney", utcOffsetHours: 10 },
    ["en"],
    { status: "active", totalTweets: 2882, openedMonth: "2013-02", declaredUse: "engagement" },
  ),
  mission(
    "austria",
    "Austria",
    "embassy",
    { country: "Austria", countryCode: "AT", city: "Vienna" },
    "Europe",
    { timeZone: "Europe/Vienna", utcOffsetHours: 1 },
    ["de"],
    { status: "dormant", totalTweets: 39, lastTweetMonth: "2016-07", openedMonth: "2015-06" },
  ),
  mission(
    "belgium",
    "Belgium",
    "embassy",
    { country: "Belgium", countryCode: "BE", city: "Brussels" },
    "Europe",
    { timeZone: "Europe/Brussels", utcOffsetHours: 1 },
    ["nl", "fr", "de"],
    { status: "active", totalTweets: 233, openedMonth: "2015-03" },
  ),
  mission(
    "brazil",
    "Brazil",
    "embassy",
    { country: "Brazil", countryCode: "BR", city: "Brasília" },
    "Americas",
    { timeZone: "America/Sao_Paulo", utcOffsetHours: -3 },
    ["pt"],
    { status: "dormant", totalTweets: 39, lastTweetMonth: "2016-09", openedMonth: "2015-08" },
  ),
  mission(
    "canada",
    "Canada",
    "embassy",
    { country: "Canada", countryCode: "CA", city: "Ottawa" },
    "Americas",
    { timeZone: "America/Toronto", utcOffsetHours: -5 },
    ["en", "fr"],
    { status: "active", totalTweets: 733, openedMonth: "2014-05", declaredUse: "engagement" },
  ),
  mission(
    "czech-republic",
    "Czech Republic",
    "embassy",
    { country: "Czech Republic", countryCode: "CZ", city: "Prague" },
    "Europe",
    { timeZone: "Europe/Prague", utcOffsetHours: 1 },
    ["cs"],
    { status: "active", totalTweets: 492, openedMonth: "2014-09" },
  ),
  mission(
    "france",
    "France",
    "embassy",
    { country: "France", countryCode: "FR", city: "Paris" },
    "Europe",
    { timeZone: "Europe/Paris", utcOffsetHours: 1 },
    ["fr"],
    { status: "dormant", totalTweets: 61, lastTweetMonth: "2016-04", openedMonth: "2015-04" },
  ),
  mission(
    "germany",
    "Germany",
    "embassy",
    { country: "Germany", countryCode: "DE", city: "Berlin" },
    "Europe",
    { timeZone: "Europe/Berlin", utcOffsetHours: 1 },
    ["de"],
    { status: "dormant", totalTweets: 76, lastTweetMonth: "2015-07", openedMonth: "2014-06" },
  ),
  mission(
    "hong-kong",
    "Hong Kong",
    "consulate",
    { country: "China", countryCode: "HK", city: "Hong Kong" },
    "Asia-Pacific",
    { timeZone: "Asia/Hong_Kong", utcOffsetHours: 8 },
    ["zh", "en"],
    { status: "active", totalTweets: 1863, openedMonth: "2013-09" },
  ),
  mission(
    "indonesia",
    "Indonesia",
    "embassy",
    { country: "Indonesia", countryCode: "ID", city: "Jakarta" },
    "Asia-Pacific",
    { timeZone: "Asia/Jakarta", utcOffsetHours: 7 },
    ["id"],
    { status: "active", totalTweets: 574, openedMonth: "2014-11" },
  ),
  mission(
    "italy",
    "Italy",
    "embassy",
    { country: "Italy", countryCode: "IT", city: "Rome" },
    "Europe",
    { timeZone: "Europe/Rome", utcOffsetHours: 1 },
    ["it"],
    { status: "active", totalTweets: 122, openedMonth: "2015-10", isPrivate: true },
  ),
  mission(
    "japan",
    "Japan",
    "embassy",
    { country: "Japan", countryCode: "JP", city: "Tokyo" },
    "Asia-Pacific",
    { timeZone: "Asia/Tokyo", utcOffsetHours: 9 },
    ["ja"],
    { status: "active", totalTweets: 804, openedMonth: "2014-03" },
  ),
  mission(
    "osaka",
    "Osaka",
    "consulate",
    { country: "Japan", countryCode: "JP", city: "Osaka" },
    "Asia-Pacific",
    { timeZone: "Asia/Tokyo", utcOffsetHours: 9 },
    ["ja"],
    { status: "dormant", totalTweets: 77, lastTweetMonth: "2015-12", openedMonth: "2014-10" },
  ),
  mission(
    "north-korea",
    "North Korea",
    "embassy",
    { country: "North Korea", countryCode: "KP", city: "Pyongyang" },
    "Asia-Pacific",
    { timeZone: "Asia/Pyongyang", utcOffsetHours: 9 },
    ["ko"],
    { status: "dormant", totalTweets: 13, lastTweetMonth: "2016-05", openedMonth: "2015-09" },
  ),
  mission(
    "poland",
    "Poland",
    "embassy",
    { country: "Poland", countryCode: "PL", city: "Warsaw" },
    "Europe",
    { timeZone: "Europe/Warsaw", utcOffsetHours: 1 },
    ["pl"],
    { status: "dormant", totalTweets: 51, lastTweetMonth: "2016-10", openedMonth: "2015-07" },
  ),
  mission(
    "russia",
    "Russia",
    "embassy",
    { country: "Russia", countryCode: "RU", city: "Moscow" },
    "Europe",
    { timeZone: "Europe/Moscow", utcOffsetHours: 3 },
    ["ru"],
    { status: "active", totalTweets: 2665, openedMonth: "2013-01" },
  ),
  mission(
    "ulan-ude",
    "Ulan-Ude",
    "consulate",
    { country: "Russia", countryCode: "RU", city: "Ulan-Ude" },
    "Europe",
    { timeZone: "Asia/Irkutsk", utcOffsetHours: 8 },
    ["ru"],
    { status: "dormant", totalTweets: 1, lastTweetMonth: "2015-09", openedMonth: "2015-09" },
  ),
  mission(
    "singapore",
    "Singapore",
    "embassy",
    { country: "Singapore", countryCode: "SG", city: "Singapore" },
    "Asia-Pacific",
    { timeZone: "Asia/Singapore", utcOffsetHours: 8 },
    ["en", "zh", "ms", "ta"],
    { status: "active", totalTweets: 5335, openedMonth: "2012-06", declaredUse: "engagement" },
  ),
  mission(
    "south-korea",
    "South Korea",
    "embassy",
    { country: "South Korea", countryCode: "KR", city: "Seoul" },
    "Asia-Pacific",
    { timeZone: "Asia/Seoul", utcOffsetHours: 9 },
    ["ko"],
    { status: "active", totalTweets: 3743, openedMonth: "2012-11" },
  ),
  mission(
    "sweden",
    "Sweden",
    "embassy",
    { country: "Sweden", countryCode: "SE", city: "Stockholm" },
    "Europe",
    { timeZone: "Europe/Stockholm", utcOffsetHours: 1 },
    ["sv"],
    { status: "active", totalTweets: 863, openedMonth: "2014-02" },
  ),
  mission(
    "switzerland",
    "Switzerland",
    "embassy",
    { country: "Switzerland", countryCode: "CH", city: "Geneva" },
    "Europe",
    { timeZone: "Europe/Zurich", utcOffsetHours: 1 },
    ["de", "fr", "it"],
    { status: "dormant", totalTweets: 10, lastTweetMonth: "2015-11", openedMonth: "2015-05" },
  ),
  mission(
    "thailand",
    "Thailand",
    "embassy",
    { country: "Thailand", countryCode: "TH", city: "Bangkok" },
    "Asia-Pacific",
    { timeZone: "Asia/Bangkok", utcOffsetHours: 7 },
    ["th"],
    { status: "active", totalTweets: 160, openedMonth: "2015-11" },
  ),
  mission(
    "un-new-york",
    "UN/New York",
    "permanent_mission",
    { country: "United Nations", countryCode: null, city: "New York" },
    "Multilateral",
    { timeZone: "America/New_York", utcOffsetHours: -5 },
    ["en"],
    { status: "active", totalTweets: 1018, openedMonth: "2013-10", declaredUse: "engagement" },
  ),
  mission(
    "vietnam",
    "Vietnam",
    "embassy",
    { country: "Vietnam", countryCode: "VN", city: "Hanoi" },
    "Asia-Pacific",
    { timeZone: "Asia/Ho_Chi_Minh", utcOffsetHours: 7 },
    ["vi"],
    { status: "active", totalTweets: 142, openedMonth: "2015-12" },
  ),
  mission(
    "united-kingdom",
    "United Kingdom",
    "embassy",
    { country: "United Kingdom", countryCode: "GB", city: "London" },
    "Europe",
    { timeZone: "Europe/London", utcOffsetHours: 0 },
    ["en"],
    { status: "dormant", totalTweets: 226, lastTweetMonth: "2016-07", openedMonth: "2014-04" },
  ),
  mission(
    "united-states",
    "United States",
    "embassy",
    { country: "United States", countryCode: "US", city: "Washington, D.C." },
    "Americas",
    { timeZone: "America/New_York", utcOffsetHours: -5 },
    ["en"],
    { status: "active", totalTweets: 1414, openedMonth: "2013-05" },
  ),
  mission(
    "san-francisco",
    "San Francisco",
    "consulate",
    { country: "United States", countryCode: "US", city: "San Francisco" },
    "Americas",
    { timeZone: "America/Los_Angeles", utcOffsetHours: -8 },
    ["en"],
    { status: "active", totalTweets: 112, openedMonth: "2016-02" },
  ),
  {
    slug: "mfa-hq",
    name: "Ministry of Foreign Affairs (HQ)",
    kind: "hq",
    country: "Mongolia",
    countryCode: "MN",
    city: "Ulaanbaatar",
    region: "Headquarters",
    timeZone: "Asia/Ulaanbaatar",
    utcOffsetHours: 8,
    hostLanguages: ["mn"],
    accounts: [
      {
        handle: "demo_mn_mfa",
        displayName: "Ministry of Foreign Affairs of Mongolia (Mongolian)",
        status: "active",
        totalTweets: 2794,
        openedMonth: "2011-04",
        declaredUse: "broadcast",
        mainLanguage: "mn",
      },
      {
        handle: "demo_mn_mfa_en",
        displayName: "Ministry of Foreign Affairs of Mongolia (English)",
        status: "dormant",
        totalTweets: 2293,
        lastTweetMonth: "2016-12",
        openedMonth: "2012-01",
        declaredUse: "broadcast",
        mainLanguage: "en",
      },
    ],
  },
];
