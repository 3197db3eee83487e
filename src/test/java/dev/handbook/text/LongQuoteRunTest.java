package dev.handbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A line of thousands of '>' (say, in a code sample) is read without recursion and kept as written. */
class LongQuoteRunTest {
  @Test
  void twentyThousandQuoteMarkersInACodeBlockAreKept() {
    String markdown = "```text\n" + ">".repeat(20_000) + "\n```\n";
    assertEquals(markdown, TextNormalizer.normalizeMarkdown(markdown, "en"));
  }

  @Test
  void quotePrefixIsMeasuredLikeCommonMark() {
    assertEquals(0, MarkdownRegions.quotePrefixLength("    > four spaces is code"));
    assertEquals(2, MarkdownRegions.quotePrefixLength("> text"));
    assertEquals(4, MarkdownRegions.quotePrefixLength(">>> text"));
    assertEquals(6, MarkdownRegions.quotePrefixLength("  > > ```"));
    assertEquals(50_000, MarkdownRegions.quotePrefixLength(">".repeat(50_000)));
  }
}
