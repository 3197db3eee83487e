package dev.handbook.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A file is left alone only when it holds exactly the bytes a build would write. */
class UnchangedFileTest {
  @TempDir Path temp;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A page of a few hundred kilobytes, in Vietnamese and Persian. */
  private static String large() {
    return "<p>Bộ nhớ đệm giúp truy vấn nhanh hơn. حافظهٔ نهان پرس‌وجو را سریع‌تر می‌کند.</p>\n".repeat(3000);
  }

  static Stream<Arguments> cases() {
    String page = large();
    byte[] bytes = utf8(page);
    byte[] changedLastByte = bytes.clone();
    changedLastByte[changedLastByte.length - 1] = '!';
    return Stream.of(
        Arguments.of("the same bytes in one piece", page, List.of(bytes), true),
        Arguments.of("the same bytes in pieces", page, pieces(bytes, 7, 70_000, 3), true),
        Arguments.of("a shorter page", page, List.of(Arrays.copyOf(bytes, bytes.length - 1)), false),
        Arguments.of("a longer page", page, List.of(bytes, utf8("x")), false),
        Arguments.of("the last byte differs", page, List.of(changedLastByte), false),
        Arguments.of("an empty page over an empty file", "", List.of(new byte[0]), true),
        Arguments.of("empty pieces around the bytes", "<p>a</p>", List.of(new byte[0], utf8("<p>a</p>"), new byte[0]),
            true));
  }

  private static List<byte[]> pieces(byte[] bytes, int... sizes) {
    List<byte[]> out = new ArrayList<>();
    int at = 0;
    for (int size : sizes) {
      out.add(Arrays.copyOfRange(bytes, at, at + size));
      at += size;
    }
    out.add(Arrays.copyOfRange(bytes, at, bytes.length));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void comparesEveryByte(String name, String onDisk, List<byte[]> written, boolean unchanged) throws IOException {
    Path file = Files.writeString(temp.resolve("index.html"), onDisk, StandardCharsets.UTF_8);
    assertEquals(unchanged, UnchangedFile.holds(file, written));
  }

  @Test
  void aMissingFileOrAFolderIsNeverUnchanged() throws IOException {
    assertEquals(false, UnchangedFile.holds(temp.resolve("missing.html"), List.of(new byte[0])));
    Path folder = Files.createDirectories(temp.resolve("en"));
    assertEquals(false, UnchangedFile.holds(folder, List.of(new byte[0])));
  }

  @Test
  void writingOverAFormerSiteLeavesUnchangedFilesAloneAndRewritesTheOthers() throws IOException {
    FileTime old = FileTime.fromMillis(946_684_800_000L); // 2000-01-01
    Path same = writeAt(temp.resolve("en/same/index.html"), large(), old);
    Path changed = writeAt(temp.resolve("en/changed/index.html"), large(), old);
    SiteFiles files = SiteFiles.overFormerSite(temp);
    files.write("en/same/index.html", large());
    files.write("en/changed/index.html", List.of(utf8(large()), utf8("<p>more</p>")).iterator());
    assertEquals(old, Files.getLastModifiedTime(same), "an unchanged file is not written");
    assertNotEquals(old, Files.getLastModifiedTime(changed));
    assertArrayEquals(utf8(large() + "<p>more</p>"), Files.readAllBytes(changed));
    assertEquals(2, files.written().size(), "both are the build's files all the same");
  }

  private static Path writeAt(Path file, String text, FileTime time) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, time);
    return file;
  }
}
