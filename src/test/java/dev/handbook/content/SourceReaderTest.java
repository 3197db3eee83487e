package dev.handbook.content;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceReaderTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "`# Tiêu đề\\nĐoạn văn\\n`          | `# Tiêu đề\\nĐoạn văn\\n`",
      "`# Tiêu đề\\r\\nĐoạn văn\\r\\n`      | `# Tiêu đề\\nĐoạn văn\\n`",
      "`# عنوان\\rمتن\\r`                  | `# عنوان\\nمتن\\n`",
      "`a\\r\\r\\nb\\n\\rc\\r`                 | `a\\n\\nb\\n\\nc\\n`",
      "`\\r\\n`                            | `\\n`",
      "`\uFEFFbom\\r\\nthen`               | `bom\\nthen`",
  })
  void linesEndInLineFeedsWhateverTheFileUsed(String file, String expected) {
    String text = file.replace("\\r", "\r").replace("\\n", "\n");
    String want = expected.replace("\\r", "\r").replace("\\n", "\n");
    assertEquals(want, SourceReader.decode(text.getBytes(UTF_8), "vi/page.md"));
  }
}
