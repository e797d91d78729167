import { Suspense, lazy, useRef, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  ArrowUploadRegular,
  DataBarVerticalRegular,
  PeopleTeamRegular,
} from "@fluentui/react-icons";
import type { Lang } from "../i18n/strings";
import type { UnitProgress } from "../relay/progress";
import type { GatherChoices } from "../relay/gather";
import type { During } from "./hooks/useBusy";
import type { Message } from "./hooks/useMessage";
import type { GatherServices, GatherSession } from "./gather-services";
import type { HandOutResult, TeamServices } from "./team-services";
import { teamStrings } from "./team-strings";

/** The gather's review and the progress table: loaded with the gather's services, on first use. */
const GatherReview = lazy(() =>
  import(/* webpackChunkName: "team-gather" */ "./GatherPanel").then((m) => ({ default: m.GatherReview })),
);
const ProgressTable = lazy(() =>
  import(/* webpackChunkName: "team-gather" */ "./GatherPanel").then((m) => ({ default: m.ProgressTable })),
);

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
});

export interface TeamButtonsProps {
  lang: Lang;
  team: () => Promise<TeamServices>;
  gather: () => Promise<GatherServices>;
  busy: string | null;
  during: During;
  show: (m: Message | null) => void;
  /** After a gather wrote into the sheet: panels re-read it. */
  onWritten: () => void;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * 分发给各单位: every lead unit's file in one .zip, then each file singly. 收回各单位的文件: the units' files
 * picked, reviewed, then written. 各单位进度: a table per unit. Loaded lazily with their services.
 */
export function TeamButtons({ lang, team, gather, busy, during, show, onWritten }: TeamButtonsProps) {
  const styles = useStyles();
  const s = teamStrings(lang);
  const picker = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<{ services: TeamServices; value: HandOutResult } | null>(null);
  const [pending, setPending] = useState<{ services: GatherServices; session: GatherSession } | null>(null);
  const [progress, setProgress] = useState<UnitProgress[] | null>(null);

  const onHandOut = async () => {
    show(null);
    const out = await during("team-hand-out", async () => {
      const services = await team();
      const r = await services.handOut();
      return r.ok ? { ok: true as const, value: { services, value: r.value } } : r;
    });
    if (!out.ok) return show({ ok: false, text: out.message });
    setResult(out.value);
    show({ ok: true, text: out.value.value.message, notes: [s.gatherNext] });
  };
  const refreshProgress = async (services: GatherServices) => {
    const r = await services.progress();
    if (r.ok) setProgress(r.value);
    return r;
  };
  const onProgress = async () => {
    show(null);
    const r = await during("team-progress", async () => refreshProgress(await gather()));
    if (!r.ok) show({ ok: false, text: r.message });
  };
  const onPicked = async (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (picker.current) picker.current.value = "";
    if (!files.length) return;
    show(null);
    const r = await during("team-gather-read", async () => {
      const services = await gather();
      const session = await services.review(files);
      return session.ok ? { ok: true as const, value: { services, session: session.value } } : session;
    });
    if (!r.ok) return show({ ok: false, text: r.message });
    setPending(r.value);
  };
  const onWrite = async (choices: GatherChoices) => {
    if (!pending) return;
    const { services, session } = pending;
    setPending(null);
    const out = await during("team-gather", async () => {
      const o = await services.apply(session, choices);
      await refreshProgress(services);
      return o;
    });
    onWritten();
    show({ ok: out.ok, text: out.message, notes: out.notes });
  };

  return (
    <section className={styles.stack} aria-label={s.section}>
      <div className={styles.actions}>
        <Button
          appearance="subtle"
          icon={<PeopleTeamRegular />}
          onClick={onHandOut}
          disabled={busy !== null || pending !== null}
          title={s.handOutHint}
        >
          {s.handOut}
        </Button>
        <Button
          appearance="subtle"
          icon={<ArrowUploadRegular />}
          onClick={() => picker.current?.click()}
          disabled={busy !== null || pending !== null}
          title={s.gatherHint}
        >
          {s.gather}
        </Button>
        <Button
          appearance="subtle"
          icon={<DataBarVerticalRegular />}
          onClick={onProgress}
          disabled={busy !== null}
          title={s.progressHint}
        >
          {s.progress}
        </Button>
        <input
          ref={picker}
          className={styles.hidden}
          type="file"
          multiple
          accept={`.xlsx,.zip,${XLSX_TYPE},application/zip`}
          aria-label={s.gatherPick}
          onChange={(e) => void onPicked(e.target.files)}
        />
      </div>
      {pending && (
        <Suspense fallback={null}>
          <GatherReview
            lang={lang}
            services={pending.services}
            session={pending.session}
            onWrite={(choices) => void onWrite(choices)}
            onCancel={() => {
              setPending(null);
              show({ ok: true, text: s.gatherCancelled });
            }}
          />
        </Suspense>
      )}
      {progress && (
        <Suspense fallback={null}>
          <ProgressTable lang={lang} units={progress} />
        </Suspense>
      )}
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
