package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A body rendered once is used only when every slot character in it is one that was put there. */
class ChapterBodiesSlotsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // what | body (I = id slot, L = link slot, E = slot end) | link slots made | well formed
      "no slots | <p>Chào bạn, سلام</p> | 0 | true",
      "ids in id, fragment and labelledby | <h2 id=\"Ix\">x</h2><a href=\"#Ix\">#</a><article aria-labelledby=\"Iq\"> | 0 | true",
      "links numbered in order | <a href=\"L0E\">a</a> <h2 id=\"Ia\">a</h2> <a href=\"L1E\">b</a> | 2 | true",
      "fewer links than made | <a href=\"L0E\">a</a> | 2 | false",
      "links out of order | <a href=\"L1E\">a</a><a href=\"L0E\">b</a> | 2 | false",
      "id slot in text | <p>I</p> | 0 | false",
      "end alone | <p>E</p> | 0 | false",
      "end before a link slot | E<a href=\"L0E\"> | 1 | false",
      "link slot never ended | <a href=\"L0 | 1 | false",
      "id slot inside a number | <a href=\"L0IE\"> | 1 | false",
      "link slot inside a number | <a href=\"L0L1E\"> | 2 | false",
      "end after the last slot | <a href=\"L0E\">E | 1 | false",
  })
  void acceptsOnlyTheSlotsItPutThere(String what, String body, int links, boolean wellFormed) {
    String html = body.replace('I', '\u0001').replace('L', '\u0002').replace('E', '\u0003');
    assertEquals(wellFormed, ChapterBodies.slotsWellFormed(html, links), what);
  }
}
