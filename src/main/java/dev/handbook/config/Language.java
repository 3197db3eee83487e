package dev.handbook.config;

/**
 * One language of the handbook.
 *
 * @param code BCP 47 code, also the content folder and URL segment ({@code vi}, {@code en}, {@code fa})
 * @param name the language's own name in its own script
 * @param direction {@code ltr} or {@code rtl}
 * @param order position in language lists
 */
public record Language(String code, String name, String direction, int order) {
  public boolean rtl() {
    return direction.equals("rtl");
  }
}
