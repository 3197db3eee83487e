package dev.handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources saved in NFD or typed with Arabic letters render exactly like the normalized ones. */
class NormalizationEndToEndTest {
  @TempDir Path temp;

  @Test
  void vietnameseSavedInNfdRendersLikeNfc() throws IOException {
    Path content = Fixtures.copyTree(Fixtures.fixtureContent("small"), temp.resolve("content"));
    Path page = content.resolve("vi/on-tap.md");
    String nfc = Files.readString(page);
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertNotEquals(nfc, nfd, "the fixture has Vietnamese diacritics");

    assertFalse(Fixtures.build(content, temp.resolve("nfc"), true).failed());
    Files.writeString(page, nfd);
    assertFalse(Fixtures.build(content, temp.resolve("nfd"), true).failed());

    assertEquals(Files.readString(temp.resolve("nfc/vi/on-tap/index.html")),
        Files.readString(temp.resolve("nfd/vi/on-tap/index.html")));
  }

  @Test
  void persianWithArabicYehAndKafRendersPersianLetters() throws IOException {
    Path content = Fixtures.copyTree(Fixtures.fixtureContent("small"), temp.resolve("content"));
    assertFalse(Fixtures.build(content, temp.resolve("site"), true).failed());
    String text = Jsoup.parse(temp.resolve("site/fa/questions/index.html").toFile(), "UTF-8").select("main").text();
    // The fixture writes "کوئري مي‌سازد" with Arabic yeh (U+064A).
    assertTrue(text.contains("کوئری می‌سازد"), text);
    assertFalse(text.contains("\u064A"), "no Arabic yeh left");
    String code = Jsoup.parse(temp.resolve("site/fa/questions/index.html").toFile(), "UTF-8").select("main code").text();
    assertEquals("select_related", code);
  }
}
