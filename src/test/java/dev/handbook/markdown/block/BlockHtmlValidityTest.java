package dev.handbook.markdown.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Every example's HTML from the spec file, put in one page, is valid HTML for the Nu HTML Checker. */
class BlockHtmlValidityTest {
  @Test
  void specOutputIsValidHtml() throws Exception {
    StringBuilder page = new StringBuilder(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>blocks</title></head><body>\n");
    for (SpecFile.Example ex : SpecFile.parse(BlockSpecTest.read(BlockSpecTest.RESOURCE))) {
      page.append("<section>\n").append(TestMarkdown.run(ex.markdown()).html()).append("</section>\n");
    }
    page.append("</body></html>\n");

    List<String> errors = new ArrayList<>();
    ErrorHandler handler = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    SimpleDocumentValidator v = new SimpleDocumentValidator(true, false, false);
    v.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, handler);
    v.setUpValidatorAndParsers(handler, true, false);
    v.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(page.toString().getBytes(StandardCharsets.UTF_8))));
    assertEquals(List.of(), errors, page.toString());
  }
}
