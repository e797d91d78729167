/** Where files come in: dropped (files or whole folders), or picked with the buttons (files, or a folder). */
import { useRef, useState, type DragEvent } from "react";
import { fromDrop, fromInput, type Gathered } from "./files";
import { tr, type Lang } from "./strings";

export function DropZone({ lang, onFiles }: { lang: Lang; onFiles: (g: Gathered) => void }) {
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void fromDrop(e.dataTransfer).then(onFiles);
  };
  const picked = (input: HTMLInputElement | null) => {
    if (!input) return;
    onFiles(fromInput(input.files));
    input.value = "";
  };
  return (
    <div
      className={`drop no-print${over ? " over" : ""}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p className="drop-title">{tr(lang, "dropZone")}</p>
      <button type="button" onClick={() => files.current?.click()}>
        {tr(lang, "pickFiles")}
      </button>{" "}
      <button type="button" onClick={() => folder.current?.click()}>
        {tr(lang, "pickFolder")}
      </button>
      <input
        ref={files}
        id="pick-files"
        type="file"
        multiple
        hidden
        accept=".xlsx,.xlsm,.docx,.xls,.et,.xlsb,.ods,.csv,.pdf,.doc,.wps"
        aria-label={tr(lang, "pickFiles")}
        onChange={(e) => picked(e.currentTarget)}
      />
      <input
        ref={folder}
        id="pick-folder"
        type="file"
        multiple
        hidden
        aria-label={tr(lang, "pickFolder")}
        // React passes unknown lower-case attributes through: the folder picker of every current browser.
        {...{ webkitdirectory: "" }}
        onChange={(e) => picked(e.currentTarget)}
      />
    </div>
  );
}
