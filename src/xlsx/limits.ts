/**
 * What the xlsx reader accepts. A real 附件1 file is 20–200 KB and has fewer than 500 rows; the limits leave a
 * wide margin and refuse anything else before it can use much memory. The package's own limits (unpacked size,
 * zip entries, text run) are src/ooxml/limits.ts.
 */

/** Largest file read at all (bytes on disk); larger ones are refused before being read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Most rows of the form's sheet that are read; text below this row makes the file unreadable. A real 附件1 has
 * 60–500 rows; at this limit a sheet full of text in all MAX_COLUMNS columns is still read in the time and
 * memory bench files.worst checks (5 s, 300 MB).
 */
export const MAX_ROWS = 10000;

/** Columns read from each row (附件1 uses 10); cells further right are ignored. */
export const MAX_COLUMNS = 64;

/** Rows searched for the form's header row (as readGrid does). */
export const HEADER_SEARCH_ROWS = 40;
