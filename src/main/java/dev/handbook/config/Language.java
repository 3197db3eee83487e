package dev.handbook.config;

/**
 * One language of the handbook.
 *
 * @param code BCP 47 code, also the content folder and URL segment ({@code vi}, {@code en}, {@code fa})
 * @param name the language's own name in its own script
 * @param direction {@code ltr} or {@code rtl}
 * @param order position in language lists
 * @param line 1-based line of the language's entry in handbook.yml, for diagnostics about the language
 * @param column 1-based column of that entry
 */
public record Language(String code, String name, String direction, int order, int line, int column) {
  public boolean rtl() {
    return direction.equals("rtl");
  }
}
