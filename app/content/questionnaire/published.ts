/**
 * Checksums (SHA-256 of the JSON) of every questionnaire version that has been
 * published. A test compares each definition with its checksum, so changing a
 * published version fails the build: a change must be a new version.
 */
export const publishedChecksums: Readonly<Record<number, string>> = {
  1: "7a0a23e7ec0354c9517157ea76155a50174184f26d23c0f40c070f0c813e06dc",
};
