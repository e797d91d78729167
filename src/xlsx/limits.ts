/**
 * What the xlsx reader accepts. A real 附件1 file is 20–200 KB, unpacks to
 * under 2 MB in about 15 zip entries and has fewer than 500 rows; the limits
 * leave a wide margin and refuse anything else before it can use much memory.
 */

/** Largest file read at all (bytes on disk); larger ones are refused before being read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Largest total size of the zip's entries once unpacked: the sizes the zip declares are checked before
 * anything is unpacked, and every part read is stopped as soon as it unpacks to more than it declared.
 */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/** Most entries in the zip (an xlsx from Excel or WPS has 10–40). */
export const MAX_ZIP_ENTRIES = 5000;

/**
 * Longest run of text between two tags in any part read, in characters (Excel keeps a cell to 32,767; a
 * longer run is refused as a damaged file rather than held in memory).
 */
export const MAX_TEXT_CHARS = 8 * 1024 * 1024;

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
