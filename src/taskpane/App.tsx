import { useState } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { t, type Lang } from "../i18n/strings";
import type { LoadSource, Outcome, PaneServices } from "./services";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface AppProps {
  lang: Lang;
  services: PaneServices;
}

export function App({ lang, services }: AppProps) {
  const styles = useStyles();
  const [source, setSource] = useState<LoadSource>("blank");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const onLoad = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await services.load(source));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className={styles.root} lang={lang === "zh" ? "zh-CN" : "en-US"}>
      <Title3 as="h1">{t(lang, "pane.title")}</Title3>
      <Text>{t(lang, "pane.intro")}</Text>
      <Field label={t(lang, "pane.source")}>
        <RadioGroup value={source} onChange={(_, d) => setSource(d.value as LoadSource)}>
          <Radio value="blank" label={t(lang, "pane.source.blank")} />
          <Radio value="sample" label={t(lang, "pane.source.sample")} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" onClick={onLoad} disabled={busy}>
          {t(lang, "pane.load")}
        </Button>
        {busy && <Spinner size="tiny" label={t(lang, "pane.working")} />}
      </div>
      {outcome && (
        <MessageBar intent={outcome.ok ? "success" : "error"} role={outcome.ok ? "status" : "alert"}>
          <MessageBarBody>
            {outcome.message}
            {outcome.notes.map((n) => (
              <div key={n}>{n}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
