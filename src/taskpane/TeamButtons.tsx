import { useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, PeopleTeamRegular } from "@fluentui/react-icons";
import type { Lang } from "../i18n/strings";
import type { During } from "./hooks/useBusy";
import type { Message } from "./hooks/useMessage";
import type { HandOutResult, TeamServices } from "./team-services";
import { teamStrings } from "./team-strings";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface TeamButtonsProps {
  lang: Lang;
  team: () => Promise<TeamServices>;
  busy: string | null;
  during: During;
  show: (m: Message | null) => void;
}

/** 分发给各单位: every lead unit's file in one .zip, then each file singly. Loaded lazily with its services. */
export function TeamButtons({ lang, team, busy, during, show }: TeamButtonsProps) {
  const styles = useStyles();
  const s = teamStrings(lang);
  const [result, setResult] = useState<{ services: TeamServices; value: HandOutResult } | null>(null);
  const onHandOut = async () => {
    show(null);
    const out = await during("team-hand-out", async () => {
      const services = await team();
      const r = await services.handOut();
      return r.ok ? { ok: true as const, value: { services, value: r.value } } : r;
    });
    if (!out.ok) return show({ ok: false, text: out.message });
    setResult(out.value);
    show({ ok: true, text: out.value.value.message, notes: [s.gatherOnCli] });
  };
  return (
    <section className={styles.stack} aria-label={s.handOut}>
      <div className={styles.row}>
        <Button
          appearance="subtle"
          icon={<PeopleTeamRegular />}
          onClick={onHandOut}
          disabled={busy !== null}
          title={s.handOutHint}
        >
          {s.handOut}
        </Button>
      </div>
      {result && (
        <>
          <Text weight="semibold">{s.files}</Text>
          {result.value.files.map((f) => (
            <div key={f.name} className={styles.row}>
              <Button
                size="small"
                appearance="transparent"
                icon={<ArrowDownloadRegular />}
                aria-label={`${s.download} ${f.name}`}
                onClick={() => result.services.save(f)}
              />
              <Text>
                {f.unit}：{s.one(f.lead, f.co)}
              </Text>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
