package dev.handbook.text;

/** Characters that change how text looks or joins but never what a word is. */
final class Invisibles {
  private Invisibles() {}

  /** ZWNJ, ZWJ, tatweel, soft hyphen and the bidi controls (ALM, LRM, RLM, embeddings, isolates). */
  static boolean isInvisible(int cp) {
    return cp == 0x200C || cp == 0x200D || cp == 0x0640 || cp == 0x00AD
        || cp == 0x061C || cp == 0x200E || cp == 0x200F
        || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
  }
}
