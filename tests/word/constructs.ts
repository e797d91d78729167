/**
 * Word drafts as colleges write them, built with the `docx` package (as Word writes them: real numbering
 * definitions, paragraphs per target): one row per task, several targets as paragraphs of a cell.
 */
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalMergeType,
  WidthType,
} from "docx";
import { FUJIAN1 } from "../../src/form";

const F = FUJIAN1;
export const task = (seq: string) => F.tasks.find((t) => t.seq === seq)!;

/** A paragraph; `numbered`: a paragraph of Word's automatic numbering list `instance` ("1." "2." …). */
export type Para = string | { text: string; instance: number };

function paragraph(p: Para): Paragraph {
  if (typeof p === "string") return new Paragraph({ text: p });
  return new Paragraph({ text: p.text, numbering: { reference: "targets", level: 0, instance: p.instance } });
}

export interface CellSpec {
  paras: Para[];
  span?: number;
  merge?: "restart" | "continue";
}

const cellOf = (c: CellSpec | Para | Para[]): TableCell => {
  const spec: CellSpec = Array.isArray(c) ? { paras: c } : typeof c === "object" && "paras" in c ? c : { paras: [c] };
  return new TableCell({
    children: spec.paras.length ? spec.paras.map(paragraph) : [new Paragraph({})],
    columnSpan: spec.span,
    verticalMerge:
      spec.merge === "restart"
        ? VerticalMergeType.RESTART
        : spec.merge === "continue"
          ? VerticalMergeType.CONTINUE
          : undefined,
  });
};

export const row = (...cells: Array<CellSpec | Para | Para[]>) => new TableRow({ children: cells.map(cellOf) });

/** One Word row of a task: its official cells (optionally changed), then the four fill cells. */
export function taskRow(
  seq: string,
  fill: [Para[] | Para, Para[] | Para, Para[] | Para, Para[] | Para],
  official: { content?: string; department?: string; mainTask?: string } = {},
): TableRow {
  const t = task(seq);
  return row(seq, official.mainTask ?? "", official.content ?? t.content, official.department ?? t.department, ...fill);
}

/** The header rows: "groups" (merged over their columns) then titles; "split": titles broken over two rows. */
export function header(kind: "plain" | "split" | "split-gap" = "plain"): TableRow[] {
  const groups: Array<{ title: string; span: number }> = [];
  for (const c of F.columns) {
    const last = groups[groups.length - 1];
    if (last && last.title === F.columnGroups[c.group]) last.span++;
    else groups.push({ title: F.columnGroups[c.group], span: 1 });
  }
  const top = row(...groups.map((g) => ({ paras: [g.title], span: g.span })));
  if (kind === "plain") return [top, row(...F.columns.map((c) => c.title))];
  // 序 / 号, 责任单位 / （部门）, 完成 / 时间: the other titles on the first row, merged down.
  const halves: Record<string, [string, string]> = {
    序号: ["序", "号"],
    "责任单位（部门）": ["责任单位", "（部门）"],
    完成时间: ["完成", "时间"],
  };
  const first = row(
    ...F.columns.map((c) => (halves[c.title] ? halves[c.title][0] : { paras: [c.title], merge: "restart" as const })),
  );
  const second = row(
    ...F.columns.map((c) => (halves[c.title] ? halves[c.title][1] : { paras: [], merge: "continue" as const })),
  );
  const gap = row(...F.columns.map((c) => (halves[c.title] ? "" : { paras: [], merge: "continue" as const })));
  return kind === "split" ? [top, first, second] : [top, first, gap, second];
}

/** The document: label, title, header line, then the table. */
export async function draftDocx(rows: TableRow[]): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: "targets",
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: F.label }),
          new Paragraph({ text: F.title }),
          new Paragraph({ text: "单位（公章）：某某职业技术学院　　联系人：李四　　联系电话：024-12345678" }),
          new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const spaced = (s: string) => [...s].join(" ");
const n = (text: string, instance: number): Para => ({ text, instance });

/**
 * A seed-like draft holding every construct: aligned paragraphs (three targets with three units and years,
 * two targets with one of each), automatic numbering, a misaligned unit cell, units with separators and a
 * repeated name, official text broken by blanks and by a variant character.
 */
export function seedLikeRows(): TableRow[] {
  const seen = new Set<number>();
  // 主要任务 on the first row of each group (merged down in a real draft; written once here).
  const g = (seq: string) => {
    const group = task(seq).group;
    return seen.has(group) ? "" : (seen.add(group), F.groups[group].title);
  };
  const rows: Array<[string, Parameters<typeof taskRow>[1], Parameters<typeof taskRow>[2]]> = [
    [
      "1",
      ["举措一", "目标一", "招生就业处/教务处", "2023年"],
      // A variant character (釆 for 采), as the seed's conversion left it.
      { content: task("1").content.replace("采", "釆") },
    ],
    [
      "2",
      ["举措二", "目标二", "教务处；人事处", "2024年"],
      // Blanks only: Word's wrapping turned into spaces, a full-width space in the department.
      {
        content: spaced(task("2").content.slice(0, 6)) + task("2").content.slice(6),
        department: task("2").department.replace("、", "、\u3000"),
      },
    ],
    [
      "3",
      [
        "推动思政课程与课程思政有机结合",
        [n("建设示范课堂", 1), n("建设课程思政案例", 1), n("培训思政教师", 1)],
        ["教务处", "人事处", "马克思主义学院"],
        ["2023年", "2024年", "2025年"],
      ],
      {},
    ],
    ["4", ["举措四", ["目标甲", "目标乙"], "教务处", "2025年"], {}],
    // Misaligned: one target, three unit lines, two years.
    ["5", ["举措五", "目标五", ["教务处", "人事处", "马克思主义学院"], ["2023年", "2025年"]], {}],
    ["6", ["举措六", "目标六", ["教务处", "教务处"], "2023年"], {}],
    // 不涉及 typed in 具体举措: without a reason, and with one.
    ["7", ["不涉及", "", "", ""], {}],
    ["8", ["不涉及：本校没有该项目", "", "", ""], {}],
    ["31", ["举措卅一", [n("轮训专业课教师", 2), n("企业实践", 2)], ["人事处", "教务处"], "2024年"], {}],
  ];
  return rows.map(([seq, fill, official]) => taskRow(seq, fill, { mainTask: g(seq), ...official }));
}
