/** The seed document, relative to the repository root. */
export const SEED_FILE = "seeds/000_2a2449f2b149ce8a.txt";
