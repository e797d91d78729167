/** The seed document, relative to the repository root. */
export const SEED_FILE = "seeds/000_2a2449f2b149ce8a.txt";

/**
 * SHA-256 of the seed as it was handed out (shared/seeds/000_2a2449f2b149ce8a.txt): the committed copy must
 * stay byte for byte the same, and the test checks it without the shared folder.
 */
export const SEED_SHA256 = "d4726d72f756180d92fc3e2da4b77423ec0a2bff78923dcac5af2fe61730ad13";
