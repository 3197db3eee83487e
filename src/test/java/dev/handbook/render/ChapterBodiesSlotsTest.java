package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

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

  /** The slots are found with String.indexOf over the bytes read as Latin-1: the same offsets as a byte loop. */
  @Test
  void slotOffsetsAreEverySlotByte() {
    String[] pieces = {"<p>", "Tối ưu truy vấn", "میان‌افزار", "\u0001", "\u00024\u0003", "<a href=\"", "#", "x", "\u00ff"};
    SplittableRandom random = new SplittableRandom(7);
    for (int body = 0; body < 2000; body++) {
      StringBuilder html = new StringBuilder();
      for (int i = random.nextInt(0, 40); i > 0; i--) {
        html.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] utf8 = html.toString().getBytes(StandardCharsets.UTF_8);
      int[] expected = IntStream.range(0, utf8.length).filter(i -> utf8[i] == 1 || utf8[i] == 2).toArray();
      assertArrayEquals(expected, ChapterBodies.slotOffsets(utf8), html::toString);
    }
  }
}
