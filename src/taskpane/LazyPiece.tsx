/**
 * The frame of the pane's parts that load on first use (React.lazy): a spinner that says it is loading, and a
 * clear message when the part's script cannot be downloaded (webpack's ChunkLoadError: the network or the
 * server is gone), instead of a blank pane. Other errors are not this frame's to word: they go on up.
 */
import { Component, Suspense, type ReactNode } from "react";
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { t, type Lang } from "../i18n/strings";
import { diagnostics } from "../excel/diagnostics";

/** webpack names the error of a script chunk it could not download "ChunkLoadError". */
export function isChunkLoadError(e: unknown): boolean {
  return e instanceof Error && e.name === "ChunkLoadError";
}

interface BoundaryProps {
  lang: Lang;
  children: ReactNode;
}

/** Catches a lazy part that failed to download and says so (zh/en). */
export class LazyBoundary extends Component<BoundaryProps, { error: unknown }> {
  state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown) {
    if (isChunkLoadError(error)) diagnostics.record("load part of the pane", error);
  }

  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!isChunkLoadError(error)) throw error;
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{t(this.props.lang, "pane.chunkFailed")}</MessageBarBody>
      </MessageBar>
    );
  }
}

/**
 * A lazy part: `fallback` while its script downloads (a spinner that says it is loading, unless given), the
 * message above if it cannot.
 */
export function LazyPiece({ lang, children, fallback }: BoundaryProps & { fallback?: ReactNode }) {
  return (
    <LazyBoundary lang={lang}>
      <Suspense fallback={fallback === undefined ? <Spinner size="tiny" label={t(lang, "pane.loading")} /> : fallback}>
        {children}
      </Suspense>
    </LazyBoundary>
  );
}
