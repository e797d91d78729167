/**
 * The files a user drops or picks: single files as they are, folders walked to the end (their files in path
 * order). From folders only what could be a college's file is taken (workbooks, Word documents, and the formats
 * the check names and explains, such as .xls or .pdf); temporary (~$…) and hidden files and other types are
 * counted and named instead.
 */
export interface Picked {
  file: File;
  /** The path inside a dropped or picked folder, else the name. */
  path: string;
}

/** Extensions taken from folders: the form's own, and those the check recognises and explains. */
const TAKEN = /\.(xlsx|xlsm|docx|xls|et|xlsb|ods|csv|pdf|doc|wps)$/i;

/** Whether a file found in a folder is checked (a file given by itself always is). */
export function takenFromFolder(name: string): boolean {
  return TAKEN.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

export interface Gathered {
  files: Picked[];
  /** Names of files in folders that were left out. */
  skipped: string[];
}

const byPath = (a: Picked, b: Picked) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** An `<input type=file>`'s files; those of a folder pick (webkitRelativePath set) are filtered as folders are. */
export function fromInput(list: FileList | null): Gathered {
  const files: Picked[] = [];
  const skipped: string[] = [];
  const folder: Picked[] = [];
  for (const file of Array.from(list ?? [])) {
    const path = file.webkitRelativePath || file.name;
    if (!file.webkitRelativePath) files.push({ file, path });
    else if (takenFromFolder(file.name)) folder.push({ file, path });
    else skipped.push(path);
  }
  return { files: [...files, ...folder.sort(byPath)], skipped };
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((ok, fail) => entry.file(ok, fail));
}

async function entriesOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries returns a batch at a time (100 in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (!batch.length) return all;
    all.push(...batch);
  }
}

async function walk(dir: FileSystemDirectoryEntry, into: Gathered, found: Picked[]): Promise<void> {
  for (const entry of await entriesOf(dir)) {
    const path = entry.fullPath.replace(/^\//, "");
    if (entry.isDirectory) await walk(entry as FileSystemDirectoryEntry, into, found);
    else if (!takenFromFolder(entry.name)) into.skipped.push(path);
    else found.push({ file: await entryFile(entry as FileSystemFileEntry), path });
  }
}

/** A drop's files and folders, in the order dropped. */
export async function fromDrop(data: DataTransfer): Promise<Gathered> {
  const out: Gathered = { files: [], skipped: [] };
  const entries = Array.from(data.items)
    .filter((i) => i.kind === "file")
    .map((i) => i.webkitGetAsEntry?.() ?? null);
  if (!entries.length || entries.some((e) => e === null)) return fromInput(data.files);
  for (const entry of entries as FileSystemEntry[]) {
    if (entry.isDirectory) {
      const found: Picked[] = [];
      await walk(entry as FileSystemDirectoryEntry, out, found);
      out.files.push(...found.sort(byPath));
    } else {
      out.files.push({ file: await entryFile(entry as FileSystemFileEntry), path: entry.name });
    }
  }
  return out;
}
