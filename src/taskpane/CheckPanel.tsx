import { useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { t, type Lang } from "../i18n/strings";
import {
  concernsUnit,
  needsConsent,
  type CheckResult,
  type Finding,
  type FindingKind,
  type FixChoice,
} from "../reading/check";
import { describeFindingLine, findingTitle } from "../reading/describe-finding";
import { useMessage } from "./hooks/useMessage";
import { MessageLine } from "./MessageLine";
import type { PaneServices } from "./services";
import { Overall, Summary } from "./Summary";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  finding: { textAlign: "start", flexGrow: 1, justifyContent: "flex-start", fontWeight: tokens.fontWeightRegular },
});

/** A group longer than this shows its first items and a button for the rest. */
const LONG = 15;

const ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

function groups(findings: Finding[]): Array<[FindingKind, Finding[]]> {
  const map = new Map<FindingKind, Finding[]>();
  for (const f of findings) map.set(f.kind, [...(map.get(f.kind) ?? []), f]);
  return [...map.entries()].sort((a, b) => ORDER[a[1][0].severity] - ORDER[b[1][0].severity]);
}

/** Every unit named in the sheet's rows: those leading most rows first (the summary's order), then the others. */
function unitsOf(result: CheckResult): string[] {
  const out = result.summary.units.map((u) => u.unit);
  for (const parts of Object.values(result.rowUnits ?? {})) for (const p of parts) if (!out.includes(p)) out.push(p);
  return out;
}

export interface CheckPanelProps {
  lang: Lang;
  services: PaneServices;
  result: CheckResult | null;
  error: string | null;
  /** The sheet changed since this result was read. */
  stale: boolean;
  onRecheck: () => Promise<void>;
}

export function CheckPanel({ lang, services, result, error, stale, onRecheck }: CheckPanelProps) {
  const styles = useStyles();
  const { message, show } = useMessage("check");
  const [blockingOnly, setBlockingOnly] = useState(false);
  /** "" = every unit; otherwise only the rows naming this unit (a department checking its own part). */
  const [unit, setUnit] = useState("");
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  if (error) {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!result) return <Text>{t(lang, "pane.check.none")}</Text>;
  const { summary } = result;
  // 只看未完成: only what blocks submitting (reminders and 不涉及 notes hidden).
  const units = unitsOf(result);
  const shown = result.findings.filter(
    (f) =>
      (!blockingOnly || f.severity === "error") && (!unit || !units.includes(unit) || concernsUnit(result, f, unit)),
  );

  const fix = async (fixes: NonNullable<Finding["fix"]>[]) => {
    const r = await services.fix(fixes);
    show(r.ok ? { ok: true, text: t(lang, "pane.fix.done", { count: r.value }) } : { ok: false, text: r.message });
    if (r.ok) await onRecheck();
  };
  /** A finding's choice: cells to write, a row to split (rows inserted), or the cell to edit by hand. */
  const choose = async (f: Finding, c: FixChoice) => {
    if (c.id === "edit") return f.address ? select(f.address) : undefined;
    if (!c.split) return fix(c.fixes);
    const r = await services.splitLines(c.split);
    show(r.ok ? { ok: true, text: t(lang, "pane.split.done", { ...r.value }) } : { ok: false, text: r.message });
    if (r.ok) await onRecheck();
  };
  const select = async (address: string) => {
    const r = await services.select(address);
    if (!r.ok) show({ ok: false, text: r.message });
  };

  return (
    <div className={styles.stack}>
      {stale ? (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, "pane.check.stale")}</MessageBarTitle>
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void onRecheck()}>{t(lang, "pane.recheck")}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : summary.ready ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, "pane.check.ready")}</MessageBarTitle>
            {t(lang, "pane.check.readyDetail")}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>
            <MessageBarTitle>{t(lang, "pane.check.blocked", { errors: summary.errors })}</MessageBarTitle>
            {summary.warnings > 0 && t(lang, "pane.check.warnings", { warnings: summary.warnings })}
          </MessageBarBody>
        </MessageBar>
      )}
      <MessageLine message={message} />
      <Overall lang={lang} summary={summary} />
      <Text as="h2" weight="semibold">
        {t(lang, "pane.findings.title")}
      </Text>
      <Switch
        checked={blockingOnly}
        label={t(lang, "pane.findings.blockingOnly")}
        onChange={(_, d) => setBlockingOnly(d.checked)}
      />
      {units.length > 1 && (
        <Field label={t(lang, "pane.findings.unit")} hint={t(lang, "pane.findings.unitHint")}>
          <Select value={unit} onChange={(_, d) => setUnit(d.value)}>
            <option value="">{t(lang, "pane.findings.allUnits")}</option>
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {shown.length === 0 && result.findings.length > 0 && <Text>{t(lang, "pane.findings.noneShown")}</Text>}
      <Accordion
        multiple
        collapsible
        defaultOpenItems={groups(shown)
          .slice(0, 1)
          .map(([k]) => k)}
      >
        {groups(shown).map(([kind, all]) => {
          const list = all.slice(0, expanded.has(kind) ? all.length : LONG);
          const fixes = all.flatMap((f) => (f.fix && !needsConsent(f) ? [f.fix] : []));
          return (
            <AccordionItem key={kind} value={kind}>
              <AccordionHeader>
                {findingTitle(kind, lang)}{" "}
                <CounterBadge
                  count={all.length}
                  color={all[0].severity === "error" ? "danger" : "informative"}
                  overflowCount={999}
                />
              </AccordionHeader>
              <AccordionPanel>
                {fixes.length > 1 && (
                  <Button onClick={() => fix(fixes)}>{t(lang, "pane.fixAll", { count: fixes.length })}</Button>
                )}
                <ul className={styles.list}>
                  {list.map((f, i) => (
                    <li key={`${f.address ?? ""}-${i}`} className={styles.item}>
                      <Button
                        appearance="transparent"
                        className={styles.finding}
                        disabled={!f.address}
                        onClick={() => f.address && select(f.address)}
                      >
                        {describeFindingLine(f, lang)}
                      </Button>
                      {f.fix && (
                        <Button
                          size="small"
                          onClick={() => fix([f.fix as NonNullable<Finding["fix"]>])}
                          aria-label={`${t(lang, "pane.fix")} ${f.address ?? ""}`}
                        >
                          {needsConsent(f)
                            ? t(lang, "pane.fix.dropMonth", { value: f.fix.value })
                            : t(lang, "pane.fix")}
                        </Button>
                      )}
                      {f.choices?.map((c) => (
                        <Button key={c.id} size="small" onClick={() => void choose(f, c)}>
                          {t(lang, `pane.choice.${c.id}`, { rows: c.split?.rows.length ?? 0 })}
                        </Button>
                      ))}
                    </li>
                  ))}
                </ul>
                {all.length > list.length && (
                  <Button appearance="subtle" onClick={() => setExpanded((e) => new Set(e).add(kind))}>
                    {t(lang, "pane.findings.more", { count: all.length - list.length })}
                  </Button>
                )}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      <Summary lang={lang} summary={summary} />
    </div>
  );
}
