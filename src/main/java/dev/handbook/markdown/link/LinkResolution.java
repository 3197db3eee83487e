package dev.handbook.markdown.link;

/** What a link destination written in a content file turns out to be. */
public sealed interface LinkResolution {
  /** A URL the build leaves as written: another host, a mail address, an empty destination. */
  record External(boolean otherHost) implements LinkResolution {}

  /**
   * A page or file of the handbook.
   *
   * @param sitePath where it is published, below the site root
   * @param query {@code ?...} as written, or empty
   * @param fragment {@code #...} as written, or empty
   */
  record Internal(String sitePath, String query, String fragment) implements LinkResolution {}

  /**
   * A link that would break or must not reach a reader.
   *
   * @param code the diagnostic code, e.g. {@code link-anchor-missing}
   */
  record Broken(String code, String message, String hint) implements LinkResolution {}
}
