package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.browser.HandbookSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the real handbook passes the Nu HTML Checker (vnu) with zero errors. */
class HtmlValidityTest {
  static Path site;
  /** One validator for all pages (setting one up costs far more than a check); its handler fills this. */
  static final List<String> errors = new ArrayList<>();
  static SimpleDocumentValidator validator;

  @BeforeAll
  static void setUp() throws Exception {
    site = HandbookSite.real();
    ErrorHandler handler = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        // Informational notes (e.g. "the first occurrence of ID was here") accompany a real error anyway.
      }

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, handler);
    validator.setUpValidatorAndParsers(handler, true, false);
  }

  @TestFactory
  Stream<DynamicTest> everyGeneratedPageIsValidHtml() {
    List<String> pages = HandbookSite.htmlPages(site);
    assertTrue(pages.size() >= 3 * 7 + 2, () -> "expected every page of the handbook, found " + pages);
    return pages.stream().map(page -> DynamicTest.dynamicTest(page, () -> {
      errors.clear();
      validator.checkHtmlFile(site.resolve(page).toFile(), true);
      assertEquals(List.of(), List.copyOf(errors), "vnu errors in " + page);
    }));
  }

  @TestFactory
  Stream<DynamicTest> stylesheetIsValidCss() {
    return Stream.of("assets/handbook.css").map(css -> DynamicTest.dynamicTest(css, () -> {
      errors.clear();
      validator.checkCssFile(site.resolve(css).toFile(), true);
      assertEquals(List.of(), List.copyOf(errors), "CSS errors in " + css);
    }));
  }
}
