import { Field, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { t, type Lang } from "../i18n/strings";
import type { Summary as SummaryData } from "../reading/check";
import { teamStrings } from "./team-strings";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

function ratio(done: number, total: number): number {
  return total ? done / total : 0;
}

/** The overall progress bar: tasks with measures or marked 不涉及, out of all. */
export function Overall({ lang, summary }: { lang: Lang; summary: SummaryData }) {
  const settled = summary.withMeasures + summary.notApplicable;
  const tasks = t(lang, "pane.summary.tasks", {
    done: summary.withMeasures,
    total: summary.total,
    na: summary.notApplicable,
  });
  const scope = summary.scope;
  return (
    <Field label={scope ? `${teamStrings(lang).unitFile(scope.unit, scope.tasks)}${tasks}` : tasks}>
      <ProgressBar
        value={ratio(settled, summary.total)}
        thickness="large"
        color={summary.ready ? "success" : "brand"}
        aria-label={t(lang, "pane.summary.title")}
      />
    </Field>
  );
}

/** Progress per 主要任务 group and per lead unit, as bars. */
export function Summary({ lang, summary }: { lang: Lang; summary: SummaryData }) {
  const styles = useStyles();
  return (
    <section className={styles.stack} aria-label={t(lang, "pane.summary.title")}>
      <Text as="h2" weight="semibold">
        {t(lang, "pane.summary.title")}
      </Text>
      <Text weight="semibold">{t(lang, "pane.summary.groups")}</Text>
      {summary.groups.map((g, i) => (
        <Field key={g.title} label={`${i + 1}. ${g.title}（${g.withMeasures + g.notApplicable}/${g.total}）`}>
          <ProgressBar value={ratio(g.withMeasures + g.notApplicable, g.total)} aria-label={g.title} />
        </Field>
      ))}
      {summary.units.length > 0 && <Text weight="semibold">{t(lang, "pane.summary.units")}</Text>}
      {summary.units.map((u) => (
        <Field key={u.unit} label={t(lang, "pane.summary.unit", { ...u })}>
          <ProgressBar
            value={ratio(u.leads - u.incomplete, u.leads)}
            color={u.incomplete ? "warning" : "success"}
            aria-label={u.unit}
          />
        </Field>
      ))}
    </section>
  );
}
