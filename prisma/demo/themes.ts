/**
 * The ministry's foreign-policy themes named in shared seeds 000 and 002, with
 * keyword rules in English and Mongolian, plus sentence templates that the
 * demo generator uses to write posts about them ("{m}" marks a mention).
 */

export interface DemoTheme {
  slug: string;
  name: string;
  description: string;
  isPriority: boolean;
  activeFrom?: string;
  activeTo?: string;
  keywords: { en: string[]; mn: string[] };
  templates: { en: string[]; mn: string[] };
}

export const DEMO_THEMES: DemoTheme[] = [
  {
    slug: "democratization",
    name: "Democratization",
    description: "Mongolia as Asia's post-socialist democracy: elections, rule of law, civil society.",
    isPriority: true,
    keywords: { en: ["democratization", "democracy", "democratic", "rule of law"], mn: ["ардчил*", "хүний эрх"] },
    templates: {
      en: [
        "Mongolia's democracy turns another page: a roundtable on democratic institutions today.",
        "Sharing Mongolia's experience of democratization with students at a local university.",
        "Rule of law and free elections: the ambassador's lecture on Mongolia's democratic transition.",
      ],
      mn: [
        "Монголын ардчилал: өнөөдөр иргэний нийгмийн төлөөлөгчидтэй уулзлаа.",
        "Ардчиллын үнэт зүйлсийн тухай ярилцлага.",
      ],
    },
  },
  {
    slug: "climate-change",
    name: "Climate change",
    description: "The impact of climate change on Mongolia's herders, land and water.",
    isPriority: true,
    keywords: { en: ["climate change", "climate", "dzud", "desertification"], mn: ["уур амьсгал*", "цөлжилт*"] },
    templates: {
      en: [
        "Climate change is felt first on the steppe: a briefing on dzud and herder resilience.",
        "Joined partners to discuss desertification and climate adaptation in Central Asia.",
      ],
      mn: [
        "Уур амьсгалын өөрчлөлт ба малчдын амьжиргаа сэдэвт хэлэлцүүлэг.",
        "Цөлжилттэй тэмцэх хамтын ажиллагааны уулзалт.",
      ],
    },
  },
  {
    slug: "resources-investment",
    name: "Resources and investment",
    description: "Mining, resource governance and foreign direct investment from a resource economy's vantage point.",
    isPriority: true,
    keywords: {
      en: ["investment", "investors", "mining", "FDI", "trade"],
      mn: ["хөрөнгө оруулалт*", "уул уурхай*", "худалдаа*"],
    },
    templates: {
      en: [
        "Business forum on investment opportunities in Mongolia's mining and infrastructure sectors.",
        "Meeting investors interested in Mongolia: resource governance and transparency.",
        "Trade mission briefing: new routes for Mongolian cashmere and agricultural exports.",
      ],
      mn: ["Хөрөнгө оруулалтын чуулга уулзалт амжилттай боллоо.", "Уул уурхайн салбарын хамтын ажиллагааны уулзалт."],
    },
  },
  {
    slug: "northeast-asia",
    name: "Northeast Asia and the Ulaanbaatar Dialogue",
    description: "Regional security and cooperation in Northeast Asia, including the Ulaanbaatar Dialogue.",
    isPriority: true,
    activeFrom: "2014-01-01",
    keywords: {
      en: ["Ulaanbaatar Dialogue", "Northeast Asia", "Northeast Asian"],
      mn: ["Улаанбаатарын яриа хэлэлцүүлэг", "Зүүн хойд Ази*"],
    },
    templates: {
      en: [
        "Registration open for the Ulaanbaatar Dialogue on Northeast Asian security.",
        "Mongolia's role in Northeast Asia: dialogue, trust and connectivity.",
      ],
      mn: [
        "Зүүн хойд Азийн аюулгүй байдлын асуудлаарх Улаанбаатарын яриа хэлэлцүүлэг.",
        "Зүүн хойд Ази дахь хамтын ажиллагаа.",
      ],
    },
  },
  {
    slug: "asem-2016",
    name: "ASEM 2016",
    description: "The 11th Asia–Europe Meeting summit hosted by Mongolia in Ulaanbaatar, 15–16 July 2016.",
    isPriority: true,
    activeFrom: "2015-07-01",
    activeTo: "2016-07-16",
    keywords: { en: ["ASEM", "ASEM2016", "Asia-Europe Meeting"], mn: ["АСЕМ", "Ази-Европын уулзалт*"] },
    templates: {
      en: [
        "Countdown to ASEM2016: Ulaanbaatar prepares to welcome Asian and European leaders.",
        "Four things to expect from Mongolia hosting the Asia-Europe Meeting this July.",
      ],
      mn: ["АСЕМ-ийн дээд хэмжээний уулзалтад бэлтгэж байна.", "Ази-Европын уулзалтын бэлтгэл ажил."],
    },
  },
  {
    slug: "unsc-candidacy",
    name: "UN Security Council candidacy",
    description: "Mongolia's candidacy for a non-permanent seat on the UN Security Council (election 2022).",
    isPriority: true,
    activeFrom: "2014-01-01",
    activeTo: "2022-06-30",
    keywords: { en: ["Security Council", "UNSC"], mn: ["Аюулгүйн Зөвлөл*"] },
    templates: {
      en: [
        "Mongolia's candidacy for the UN Security Council: a voice for small and landlocked states.",
        "Briefing partners on why Mongolia seeks a seat on the UNSC.",
      ],
      mn: ["НҮБ-ын Аюулгүйн Зөвлөлд нэр дэвшсэн тухай мэдээлэл хийлээ."],
    },
  },
  {
    slug: "freedom-online-coalition",
    name: "Freedom Online Coalition",
    description: "Membership of the Freedom Online Coalition (Mongolia chaired it in 2013).",
    isPriority: false,
    keywords: { en: ["Freedom Online Coalition", "internet freedom"], mn: ["Интернэтийн эрх чөлөө*"] },
    templates: {
      en: ["Internet freedom matters: Mongolia's work in the Freedom Online Coalition."],
      mn: ["Интернэтийн эрх чөлөөний эвслийн хурал."],
    },
  },
  {
    slug: "community-of-democracies",
    name: "Community of Democracies",
    description: "Membership of the Community of Democracies (Mongolia chaired it 2011–2013).",
    isPriority: false,
    keywords: { en: ["Community of Democracies"], mn: ["Ардчилсан орнуудын хамтын нийгэмлэг"] },
    templates: {
      en: ["Ministerial meeting of the Community of Democracies: Mongolia's contribution."],
      mn: ["Ардчилсан орнуудын хамтын нийгэмлэгийн уулзалт."],
    },
  },
  {
    slug: "landlocked-developing-countries",
    name: "Landlocked developing countries",
    description: "Advocacy for landlocked developing countries, including the think tank hosted in Ulaanbaatar.",
    isPriority: false,
    keywords: { en: ["landlocked", "LLDC", "LLDCs"], mn: ["далайд гарцгүй"] },
    templates: {
      en: ["Landlocked developing countries need fair transit: Mongolia's message at the UN."],
      mn: ["Далайд гарцгүй хөгжиж буй орнуудын сэтгэн бодох төв."],
    },
  },
];

/** Posts about no theme: consular notices, culture, greetings. */
export const GENERIC_TEMPLATES: { en: string[]; mn: string[] } = {
  en: [
    "Consular notice: the embassy will be closed on the national holiday.",
    "Naadam festival celebrated with the Mongolian community here.",
    "Photo exhibition on nomadic culture opens this week.",
    "Congratulations to the Mongolian wrestlers on their success.",
    "Visa information for travellers updated on our website.",
    "Tsagaan Sar greetings to all friends of Mongolia.",
  ],
  mn: [
    "Консулын мэдээлэл: баярын өдөр элчин сайдын яам амарна.",
    "Үндэсний их баяр наадмыг эх орон нэгтнүүдтэйгээ тэмдэглэлээ.",
    "Монгол соёлын өдрүүд эхэллээ.",
    "Цагаан сарын мэнд хүргэе!",
  ],
};

/**
 * Generic sentences in host languages, for the posts some missions write in
 * the host vernacular (prisma/demo/generate-history.ts DEMO_VERNACULAR):
 * consular notices and culture, like GENERIC_TEMPLATES, naming no theme in any
 * language so that the keyword rules tag none of them.
 */
export const VERNACULAR_TEMPLATES: Record<string, readonly string[]> = {
  ja: [
    "大使館でモンゴル文化の写真展が始まりました。",
    "ナーダム祭を在日モンゴル人の皆さんと祝いました。",
    "祝日のため大使館は休館いたします。",
    "ビザに関する情報をウェブサイトで更新しました。",
  ],
  ko: [
    "대사관에서 몽골 문화 사진전이 열렸습니다.",
    "나담 축제를 재한 몽골인들과 함께 기념했습니다.",
    "공휴일에는 대사관이 휴관합니다.",
    "비자 안내가 홈페이지에 업데이트되었습니다.",
  ],
  ru: [
    "В посольстве открылась фотовыставка о кочевой культуре.",
    "Праздник Наадам отметили вместе с монгольской общиной.",
    "В праздничный день посольство не работает.",
    "Информация о визах обновлена на нашем сайте.",
  ],
  cs: [
    "Na velvyslanectví začala výstava fotografií o kočovné kultuře.",
    "Svátek Naadam jsme oslavili s mongolskou komunitou.",
    "Ve státní svátek bude velvyslanectví zavřeno.",
    "Informace o vízech jsme aktualizovali na našem webu.",
  ],
  id: [
    "Pameran foto budaya nomaden dibuka minggu ini di kedutaan.",
    "Festival Naadam dirayakan bersama komunitas Mongolia di sini.",
    "Kedutaan tutup pada hari libur nasional.",
    "Informasi visa telah diperbarui di situs web kami.",
  ],
  fr: [
    "Exposition de photos sur la culture nomade à l'ambassade cette semaine.",
    "La fête du Naadam célébrée avec la communauté mongole.",
    "L'ambassade sera fermée le jour de la fête nationale.",
    "Informations sur les visas mises à jour sur notre site.",
  ],
  vi: [
    "Triển lãm ảnh về văn hóa du mục khai mạc tuần này tại đại sứ quán.",
    "Lễ hội Naadam được tổ chức cùng cộng đồng người Mông Cổ.",
    "Đại sứ quán nghỉ vào ngày lễ quốc gia.",
    "Thông tin thị thực đã được cập nhật trên trang web.",
  ],
};
