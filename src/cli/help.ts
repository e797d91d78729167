/** Help texts, made from the command table so that every option listed is one that is parsed. */
import { COMMON_OPTIONS, type CommandDef, type OptionDef } from "./command";

function optionLine(name: string, o: OptionDef): string {
  const names = `${o.short ? `-${o.short}, ` : "    "}--${name}${o.value ? ` ${o.value}` : ""}`;
  // Pad by display width: CJK placeholders take two columns.
  const width = [...names].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
  return `  ${names}${" ".repeat(Math.max(2, 22 - width))}${o.help}`;
}

export function commandHelp(def: CommandDef): string {
  const options = { ...def.options, ...COMMON_OPTIONS };
  return [
    `用法：${def.usage}`,
    "",
    def.description,
    "",
    "选项：",
    ...Object.entries(options).map(([name, o]) => optionLine(name, o)),
    ...(def.notes ? ["", def.notes] : []),
  ].join("\n");
}

export function mainHelp(commands: Record<string, CommandDef>): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length)) + 3;
  return [
    "用法：fujian1 <命令> [选项]",
    "",
    "命令：",
    ...Object.entries(commands).map(([name, def]) => `  ${name.padEnd(width)}${def.summary}`),
    "",
    "每个命令的说明：fujian1 <命令> --help",
    "版本：fujian1 --version",
  ].join("\n");
}
