import { Button, Radio, RadioGroup, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { t, type Lang } from "../i18n/strings";
import type { LoadSource } from "./services";

const useStyles = makeStyles({
  // Sticky: in a narrow pane (320 px) 检查完整性 stays reachable however far the lists scroll.
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    position: "sticky",
    top: 0,
    zIndex: 2,
    paddingBlock: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface ActionBarProps {
  lang: Lang;
  source: LoadSource;
  onSource: (s: LoadSource) => void;
  busy: string | null;
  onLoad: () => void;
  onCheck: () => void;
  onDownload: () => void;
}

/** What to load, and the pane's three main actions. */
export function ActionBar({ lang, source, onSource, busy, onLoad, onCheck, onDownload }: ActionBarProps) {
  const styles = useStyles();
  return (
    <>
      <RadioGroup
        aria-label={t(lang, "pane.source")}
        layout="horizontal"
        value={source}
        onChange={(_, d) => onSource(d.value as LoadSource)}
      >
        <Radio value="blank" label={t(lang, "pane.source.blank")} />
        <Radio value="sample" label={t(lang, "pane.source.sample")} />
      </RadioGroup>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onLoad} disabled={busy !== null}>
          {t(lang, "pane.load")}
        </Button>
        <Button onClick={onCheck} disabled={busy !== null}>
          {t(lang, "pane.check")}
        </Button>
        <Button appearance="subtle" icon={<ArrowDownloadRegular />} onClick={onDownload} disabled={busy !== null}>
          {t(lang, "pane.download")}
        </Button>
        {busy && <Spinner size="tiny" label={t(lang, "pane.working")} />}
      </div>
    </>
  );
}
