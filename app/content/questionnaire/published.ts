/**
 * Checksums (SHA-256 of the JSON) of every questionnaire version that has been
 * published. A test compares each definition with its checksum, so changing a
 * published version fails the build: a change must be a new version.
 */
export const publishedChecksums: Readonly<Record<number, string>> = {
  1: "1932f43e6eb8f12685d718cd816a6fac4d5351966b4860e46d519957a1f2bdb7",
};
