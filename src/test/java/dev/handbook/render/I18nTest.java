package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.content.PathDisplay;
import dev.handbook.diag.Diagnostic;
import dev.handbook.diag.Diagnostics;
import dev.handbook.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every interface string exists in every language, and every key the templates use is defined. */
class I18nTest {
  private static final List<String> LANGUAGES = List.of("vi", "en", "fa");

  @Test
  void everyKeyExistsInEveryLanguage() {
    Diagnostics diagnostics = new Diagnostics();
    I18n i18n = I18n.load(Fixtures.templates(), LANGUAGES, diagnostics, new PathDisplay(Fixtures.projectDir()));
    assertEquals(List.of(), diagnostics.sorted(true));
    assertEquals(i18n.labels("en").keySet(), i18n.labels("vi").keySet());
    assertEquals(i18n.labels("en").keySet(), i18n.labels("fa").keySet());
    assertEquals("فارسی", i18n.label("fa", "language_name"));
    assertEquals("Tiếng Việt", i18n.label("vi", "language_name"));
  }

  @Test
  void everyKeyUsedByATemplateIsDefined() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    I18n i18n = I18n.load(Fixtures.templates(), LANGUAGES, diagnostics, new PathDisplay(Fixtures.projectDir()));
    Set<String> used = new TreeSet<>();
    Pattern call = Pattern.compile("t\\('([a-z_]+)'\\)");
    try (Stream<Path> files = Files.list(Fixtures.templates())) {
      for (Path template : files.filter(p -> p.toString().endsWith(".peb")).toList()) {
        Matcher m = call.matcher(Files.readString(template));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertTrue(used.size() > 20, "keys used: " + used);
    for (String lang : LANGUAGES) {
      for (String key : used) {
        assertTrue(i18n.labels(lang).containsKey(key), lang + " lacks '" + key + "'");
      }
    }
  }

  @Test
  void aMissingKeyIsAnErrorNamingFileAndKey(@TempDir Path temp) throws IOException {
    Path templates = Fixtures.copyTree(Fixtures.templates(), temp.resolve("templates"));
    Path fa = templates.resolve("i18n/fa.yml");
    Files.writeString(fa, Files.readString(fa).replaceAll("(?m)^search_none:.*\\n", ""));
    Diagnostics diagnostics = new Diagnostics();
    I18n.load(templates, LANGUAGES, diagnostics, new PathDisplay(temp));
    List<Diagnostic> found = diagnostics.sorted(false);
    assertEquals(1, found.size(), found.toString());
    assertEquals("templates/i18n/fa.yml:1:1: error: interface string 'search_none' is missing", found.get(0).format()
        .lines().findFirst().orElseThrow());
  }
}
