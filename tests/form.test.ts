import { createHash } from "crypto";
import { readFileSync } from "fs";
import { join } from "path";
import { FUJIAN1, GENERIC_UNITS, SAMPLE_DRAFT, SAMPLE_LISTS } from "../src/form";
import { VARIANTS } from "../src/form/normalise";
import { parseSeed, SeedFormatError } from "../src/form/parse-seed";
import { SEED_FILE, SEED_SHA256 } from "../src/form/seed-file";

const seedText = readFileSync(join(__dirname, "..", SEED_FILE), "utf8");
const parsed = parseSeed(seedText);

describe("seed", () => {
  it("is the seed as handed out, byte for byte (its SHA-256)", () => {
    const bytes = readFileSync(join(__dirname, "..", SEED_FILE));
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(SEED_SHA256);
  });
});

describe("附件1 definition", () => {
  it("equals the committed definition and sample draft", () => {
    expect(FUJIAN1).toEqual(parsed.form);
    expect(SAMPLE_DRAFT).toEqual(parsed.draft);
  });

  it("has the title, the header line and the 8 columns under two groups", () => {
    expect(FUJIAN1.label).toBe("附件1");
    expect(FUJIAN1.title).toBe(
      "《教育部 辽宁省人民政府关于整省推进职业教育实用高效发展提升服务辽宁振兴能力的意见》任务落实举措清单",
    );
    expect(FUJIAN1.headerFields.map((f) => f.label)).toEqual(["单位（公章）", "联系人", "联系电话"]);
    expect(FUJIAN1.columnGroups).toEqual(["部省共建任务", "落实具体措施"]);
    expect(FUJIAN1.columns.map((c) => [c.title, c.role, FUJIAN1.columnGroups[c.group]])).toEqual([
      ["序号", "official", "部省共建任务"],
      ["主要任务", "official", "部省共建任务"],
      ["任务内容", "official", "部省共建任务"],
      ["责任部门", "official", "部省共建任务"],
      ["具体举措", "fill", "落实具体措施"],
      ["完成目标", "fill", "落实具体措施"],
      ["责任单位（部门）", "fill", "落实具体措施"],
      ["完成时间", "fill", "落实具体措施"],
    ]);
  });

  it("has 54 tasks in 12 主要任务 groups, an empty 主要任务 continuing the group above", () => {
    expect(FUJIAN1.tasks.map((t) => t.seq)).toEqual(Array.from({ length: 54 }, (_, i) => String(i + 1)));
    expect(FUJIAN1.groups).toHaveLength(12);
    const firsts = FUJIAN1.groups.map((_, g) => FUJIAN1.tasks.find((t) => t.group === g)?.seq);
    expect(firsts).toEqual(["1", "4", "5", "10", "17", "21", "28", "34", "38", "42", "44", "50"]);
    expect(FUJIAN1.groups[0].title).toBe("加强党对职业教育的全面领导，落实立德树人根本任务");
    expect(FUJIAN1.groups[11].title).toBe("保障经费长效稳定投入。");
  });

  it("keeps each task's provincial 责任部门", () => {
    const dept = (seq: string) => FUJIAN1.tasks.find((t) => t.seq === seq)?.department;
    expect(dept("1")).toBe("省委教育工委、省教育厅、各市");
    expect(dept("2")).toBe("省人力资源社会保障厅、省总工会、省教育厅");
    expect(dept("42")).toBe("省人民政府、教育部");
    expect(dept("51")).toBe("省发展改革委、省教育厅");
    expect(FUJIAN1.tasks.every((t) => t.department.length > 0 && t.content.length > 0)).toBe(true);
  });

  it("starts from a generic unit list and the years the seed names", () => {
    expect(FUJIAN1.lists.units).toEqual([...GENERIC_UNITS]);
    expect(FUJIAN1.lists.units).toHaveLength(14);
    expect(FUJIAN1.lists.units).toEqual(expect.arrayContaining(["教务处", "人事处", "财务处", "学生工作处"]));
    expect(FUJIAN1.lists.times).toEqual(["2021年", "2022年", "2023年", "2024年", "2025年"]);
  });

  it("gives the sample draft the college's own units, offices before collective names", () => {
    expect(SAMPLE_LISTS.units).toEqual([
      "人事处",
      "教务处",
      "思政部",
      "招生就业处",
      "继续教育学院",
      "学前与音乐教育学院",
      "体育学院",
      "小学教育学院",
      "美术学院",
      "对外交流中心",
      "学校",
      "相关学院",
    ]);
    expect(SAMPLE_LISTS.times).toEqual(FUJIAN1.lists.times);
  });
});

describe("repairs of the Word-to-text conversion", () => {
  const of = (rule: string) => parsed.repairs.filter((r) => r.rule === rule);

  it("restores the space between the two issuing bodies of the title", () => {
    expect(of("title-space")).toEqual([
      { rule: "title-space", from: "教育部辽宁省人民政府", to: "教育部 辽宁省人民政府" },
    ]);
  });

  it("maps exactly these variant characters", () => {
    expect(VARIANTS).toEqual({ 領: "领", 釆: "采", 髙: "高", 庁: "厅" });
    expect(of("variant").map((r) => `${r.from}→${r.to}`)).toEqual([
      "領→领",
      "釆→采",
      "髙→高",
      "髙→高",
      "髙→高",
      "髙→高",
      "髙→高",
      "庁→厅",
    ]);
  });

  it("removes exactly these bookmark markers", () => {
    expect(of("bookmark").map((r) => r.from.slice(11, -1))).toEqual([
      "OLE_LINK1",
      "OLE_LINK24",
      "OLE_LINK20",
      "OLE_LINK28",
      "OLE_LINK2",
      "OLE_LINK3",
      "OLE_LINK4",
      "OLE_LINK19",
      "OLE_LINK5",
      "OLE_LINK13",
      "OLE_LINK11",
      "_GoBack",
      "OLE_LINK16",
      "OLE_LINK6",
      "OLE_LINK31",
      "OLE_LINK30",
      "OLE_LINK29",
      "OLE_LINK32",
      "OLE_LINK7",
      "OLE_LINK33",
      "OLE_LINK18",
      "OLE_LINK9",
      "OLE_LINK17",
      "OLE_LINK22",
      "OLE_LINK21",
      "OLE_LINK23",
      "OLE_LINK8",
    ]);
  });

  it("joins exactly these lines broken by wrapping inside official cells", () => {
    expect(of("wrap-line").map((r) => r.from)).toEqual([
      "效\n发",
      "位\n（",
      "教\n育",
      "厅\n、",
      "养\n培",
      "司\n（",
      "持\n引",
      "教\n育",
      "调\n整",
    ]);
  });

  it("removes exactly these spaces left by wrapping", () => {
    expect(of("wrap-space").map((r) => r.from)).toEqual([
      "领 导",
      "德 树",
      "配 备",
      "高 层",
      "作 用",
      "兼 职",
      "障 厅",
      "堂 、",
      "教 育",
      "堂 、",
      "生 改",
      "技 术",
      "培 养",
      "考 试",
      "学 定",
      "职 业",
      "布 局",
      "专 业",
      "专 业",
      "机 制",
      "评 估",
      "评 估",
      "业 （",
      "优 行",
      "提 高",
      "人 才",
      "区 的",
      "左 右",
      "业 协",
      "竞 赛",
      "典 型",
      "制 定",
      "协 同",
      "挥 职",
      "训 优",
      "障 厅",
      "全 生",
      "障 厅",
      "性 职",
      "学 院",
      "资 源",
      "障 厅",
      "融 合",
      "进 校",
      "有 制",
      "制 、",
      "改 革",
      "息 化",
      "省 人",
      "产 教",
      "园 区",
      "改 革",
      "各 市",
      "区 、",
      "的 、",
      "改 革",
      "各 市",
      "， 积",
      "工 作",
      "教 育",
      "息 化",
      "省 人",
      "校 建",
      "制 等",
      "改 革",
      "息 化",
      "社 会",
      "打 造",
      "” 教",
      "接 考",
      "障 厅",
      "等 级",
      "障 厅",
      "机 制",
      "障 厅",
      "财 政",
      "开 展",
      "“ 一",
      "项 目",
      "厅 、",
      "分 校",
      "盟 、",
      "厅 、",
      "学 校",
      "技 术",
      "厅 、",
      "沈 阳",
      "外 办",
      "术 手",
      "整 合",
      "教 学",
      "改 革",
      "各 市",
      "训 需",
      "改 革",
      "省 工",
      "各 市",
      "门 左",
      "个 左",
      "同 工",
      "部 长",
      "部 长",
      "关 司",
      "成 员",
      "， 报",
      "力 度",
      "改 革",
      "对 职",
      "院 校",
      "确 列",
      "比 例",
      "障 厅",
      "的 企",
      "税 务",
      "各 市",
      "障 机",
      "厅 、",
      "效 稳",
      "建 立",
      "业 教",
      "理 体",
      "厅 、",
      "教 育",
      "政 府",
      "改 革",
      "各 市",
      "职 业",
      "推 动",
      "设 置",
      "改 革",
      "省 人",
    ]);
    expect(of("wrap-space").every((r) => r.to === r.from.replace(/\s+/g, ""))).toBe(true);
  });

  it("changes nothing else in the official text", () => {
    const skeleton = (s: string) =>
      s
        .replace(/\[bookmark: [^\]]*\]/g, "")
        .replace(/[領釆髙庁]/g, (c) => VARIANTS[c])
        .replace(/\s+/g, "");
    const raw = skeleton(seedText);
    let at = 0;
    for (const t of FUJIAN1.tasks) {
      for (const text of [t.seq, FUJIAN1.groups[t.group].title, t.content, t.department]) {
        const found = raw.indexOf(skeleton(text), text === FUJIAN1.groups[t.group].title ? 0 : at);
        expect(found).toBeGreaterThanOrEqual(0);
        if (text !== FUJIAN1.groups[t.group].title) at = found;
      }
    }
    expect(raw).toContain(skeleton(FUJIAN1.title).replace(/\s+/g, ""));
  });

  it("keeps ordinary spaces between ASCII words", () => {
    const p = parseSeed(seedText.replace("1:350", "1 : 350 (ratio A B)"));
    const row = p.draft.rows["3"][1];
    expect(row.target).toContain("1:350(ratio A B)");
  });
});

describe("the college's draft in the seed", () => {
  const draft = parsed.draft;

  it("has the header line", () => {
    expect(draft.header).toEqual({ unit: "锦州师范高等专科学校", contact: "齐心", phone: "18904960016" });
  });

  it("has measures for exactly 27 tasks", () => {
    expect(Object.keys(draft.rows).map(Number)).toEqual([
      2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 20, 22, 24, 25, 28, 29, 30, 31, 32, 33, 35, 41,
    ]);
  });

  it("splits tasks 3, 15 and 31 into measure rows as the seed aligns them", () => {
    expect(draft.rows["3"].map((r) => [r.unit, r.time, r.target.slice(0, 6)])).toEqual([
      ["教务处", "2023年", "加强职业教育"],
      ["人事处", "2023年", "培训30名德"],
      ["思政部", "2023年", "建设2个思想"],
    ]);
    expect(draft.rows["3"].map((r) => r.measure)).toEqual(["推动思政课程与课程思政有机结合", "", ""]);
    expect(draft.rows["15"].map((r) => [r.unit, r.time, r.target.slice(0, 4)])).toEqual([
      ["教务处", "2025年", "遴选1个"],
      ["教务处", "2023年", "深入推进"],
    ]);
    expect(draft.rows["31"].map((r) => [r.unit, r.time, r.target.slice(0, 4)])).toEqual([
      ["人事处", "2025年", "落实专业"],
      ["教务处、对外交流中心", "2023年", "统筹利用"],
    ]);
  });

  it("puts one 具体举措 over several 完成目标 as the Word table does (tasks 3, 15, 31)", () => {
    expect(draft.rows["3"].map((r) => !!r.sameMeasure)).toEqual([false, true, true]);
    expect(draft.rows["15"].map((r) => !!r.sameMeasure)).toEqual([false, true]);
    // Task 31's measure cell is empty in the draft: one empty measure over both targets.
    expect(draft.rows["31"].map((r) => [r.measure, !!r.sameMeasure])).toEqual([
      ["", false],
      ["", true],
    ]);
    const others = Object.entries(draft.rows).filter(([seq]) => !["3", "15", "31"].includes(seq));
    expect(others.flatMap(([, rows]) => rows).some((r) => r.sameMeasure)).toBe(false);
  });

  it("logs every rewrite of the college's unit separators (；, line breaks → 、)", () => {
    expect(parsed.repairs.filter((r) => r.rule === "unit-separator").map((r) => [r.from, r.to])).toEqual([
      [
        "继续教育学院；教务处；\n学前与音乐教育学院；体育学院；小学教育学院；\n美术学院",
        "继续教育学院、教务处、学前与音乐教育学院、体育学院、小学教育学院、美术学院",
      ],
      ["教务处\n学前与音乐教育学院", "教务处、学前与音乐教育学院"],
      ["招生就业处\n教务处", "招生就业处、教务处"],
      ["教务处\n相关学院", "教务处、相关学院"],
      ["教务处\n相关学院", "教务处、相关学院"],
      // Task 31: three units in blank-line-separated paragraphs over two targets; the last two share a row.
      ["教务处\n对外交流中心", "教务处、对外交流中心"],
    ]);
    // Every joint unit of the draft that is not a plain 、 join of its cell's text comes from a logged rewrite.
    const logged = new Set(parsed.repairs.filter((r) => r.rule === "unit-separator").map((r) => r.to));
    const joint = Object.values(draft.rows)
      .flat()
      .map((r) => r.unit)
      .filter((u) => u.includes("、"));
    for (const u of joint) expect(logged.has(u) || seedText.includes(u)).toBe(true);
  });

  it("joins several units of one measure with 、", () => {
    expect(draft.rows["17"][0].unit).toBe("继续教育学院、教务处、学前与音乐教育学院、体育学院、小学教育学院、美术学院");
    for (const seq of ["18", "22", "24", "25"]) expect(draft.rows[seq][0].unit.split("、")).toHaveLength(2);
    expect(draft.rows["22"][0]).toEqual({
      measure: "服务百家企业",
      target: "服务百家企业\n推动产教联盟和职教集团建设。",
      unit: "招生就业处、教务处",
      time: "2025年",
    });
  });

  it("drops nothing the college wrote", () => {
    // Every line of every fill cell of the seed appears in that task's entries.
    const lines = seedText.split("\n");
    const cells: string[][] = [];
    for (const l of lines) {
      if (l.startsWith("\t")) cells.push([l.slice(1)]);
      else if (cells.length) cells[cells.length - 1].push(l);
    }
    const bodyStart = cells.findIndex((c) => c[0] === "1");
    const clean = (s: string) =>
      s
        .replace(/\[bookmark: [^\]]*\]/g, "")
        .replace(/[領釆髙庁]/g, (c) => VARIANTS[c])
        .replace(/\s+/g, "");
    let checked = 0;
    for (let i = bodyStart; i < cells.length; i += 8) {
      const seq = clean(cells[i][0]);
      const text = (draft.rows[seq] ?? [])
        .map((r) => [r.measure, r.target, r.unit, r.time].join("|"))
        .join("|")
        .replace(/\s+/g, "");
      for (const cell of cells.slice(i + 4, i + 8)) {
        for (const line of cell) {
          for (const piece of line
            .split(/[；;、]/)
            .map(clean)
            .filter(Boolean)) {
            expect(text).toContain(piece);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe("seed format errors", () => {
  it("reports a table whose cells do not fill whole rows", () => {
    expect(() => parseSeed(seedText.replace("\t2025年\n\n\t5\n", "\n\t5\n"))).toThrow(SeedFormatError);
  });
  it("reports a text without a table", () => {
    expect(() => parseSeed("附件1\n标题\n")).toThrow(/no table/);
  });
  it("reports tasks out of order", () => {
    expect(() => parseSeed(seedText.replace("\t5\n", "\t6\n"))).toThrow(/out of order/);
  });
});
