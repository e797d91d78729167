import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { t, type Lang } from "../i18n/strings";
import type { SampleQuestion } from "./hooks/useLoad";
import type { SamplePlace } from "./services";

/** Asked before the sample would meet the college's own entries: its own sheet, or keep mine. */
export function SampleDialog({
  lang,
  question,
  onAnswer,
}: {
  lang: Lang;
  question: SampleQuestion | null;
  onAnswer: (place: SamplePlace | null) => void;
}) {
  return (
    <Dialog open={question !== null} onOpenChange={(_, d) => !d.open && onAnswer(null)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(lang, "pane.sample.title")}</DialogTitle>
          <DialogContent>
            {question &&
              t(lang, "pane.sample.body", {
                tasks: question.tasks,
                header: question.header ? t(lang, "pane.sample.header") : "",
              })}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer("ownSheet")}>
              {t(lang, "pane.sample.ownSheet")}
            </Button>
            <Button onClick={() => onAnswer(null)}>{t(lang, "pane.sample.keep")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
