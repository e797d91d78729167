/**
 * What the package reader accepts, for every Office Open XML file read (xlsx, docx). A real 附件1 unpacks to
 * under 2 MB in about 15 zip entries; the limits leave a wide margin and refuse anything else before it can use
 * much memory.
 */

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
