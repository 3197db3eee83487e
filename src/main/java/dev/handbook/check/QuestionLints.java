package dev.handbook.check;

import dev.handbook.content.Page;
import dev.handbook.content.Question;
import dev.handbook.content.SourceLocation;
import dev.handbook.diag.Diagnostic;
import dev.handbook.text.SearchFolding;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Lints on the question cards, for {@code check} only (the build accepts all of this, and the Persian source
 * keeps its numbering as written):
 *
 * <ul>
 *   <li>{@code question-unanswered}: one warning per page with unanswered questions, at the first of them, with
 *       the page's count and its language's: every page is named, so a contributor finds the questions they added.
 *   <li>{@code question-repeated}: the same question (folded as search folds it) asked twice in one language.
 *   <li>{@code question-number-duplicate}: a page numbers two questions the same.
 *   <li>{@code question-number-order}: a number lower than the one of the question before it.
 * </ul>
 */
public final class QuestionLints {
  public static final String UNANSWERED = "question-unanswered";
  public static final String REPEATED = "question-repeated";
  public static final String NUMBER_DUPLICATE = "question-number-duplicate";
  public static final String NUMBER_ORDER = "question-number-order";

  private QuestionLints() {}

  /** Unanswered questions per language, for every language in {@code languages} (0 when none). */
  public static Map<String, Integer> unansweredCounts(List<Page> pages, List<String> languages) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    languages.forEach(lang -> counts.put(lang, 0));
    for (Page page : pages) {
      int unanswered = (int) page.questions().stream().filter(q -> !q.answered()).count();
      counts.merge(page.lang(), unanswered, Integer::sum);
    }
    return counts;
  }

  /**
   * @param pages in language order, then path order (as the build finds them)
   */
  public static void lint(List<Page> pages, List<String> languages, Consumer<Diagnostic> out) {
    unanswered(pages, languages, out);
    repeated(pages, out);
    pages.forEach(page -> numbering(page, out));
  }

  private static void unanswered(List<Page> pages, List<String> languages, Consumer<Diagnostic> out) {
    Map<String, Integer> counts = unansweredCounts(pages, languages);
    for (Page page : pages) {
      List<Question> open = page.questions().stream().filter(q -> !q.answered()).toList();
      if (open.isEmpty()) {
        continue;
      }
      int count = open.size();
      out.accept(at(open.get(0).location(), UNANSWERED,
          count + (count == 1 ? " question on this page has" : " questions on this page have")
              + " no answer yet (" + counts.get(page.lang()) + " in '" + page.lang() + "'); the first is here",
          "write the answer under the question; the site lists them all on " + page.lang() + "/help-wanted/"));
    }
  }

  private static void repeated(List<Page> pages, Consumer<Diagnostic> out) {
    Map<String, Question> seen = new HashMap<>();
    for (Page page : pages) {
      for (Question question : page.questions()) {
        String key = page.lang() + "\u0000" + fold(question.text());
        Question first = seen.putIfAbsent(key, question);
        if (first != null) {
          SourceLocation at = first.location();
          out.accept(at(question.location(), REPEATED, "this question was already asked at " + at.path() + ":"
                  + at.line(),
              "merge the two cards, or reword one so that they ask different things"));
        }
      }
    }
  }

  private static void numbering(Page page, Consumer<Diagnostic> out) {
    Map<Long, Question> byNumber = new HashMap<>();
    Question previous = null;
    long previousNumber = -1;
    for (Question question : page.questions()) {
      OptionalLong parsed = number(question.label());
      if (parsed.isEmpty()) {
        continue;
      }
      long n = parsed.getAsLong();
      Question first = byNumber.putIfAbsent(n, question);
      if (first != null) {
        out.accept(at(question.location(), NUMBER_DUPLICATE, "question number " + question.label()
                + " is used again; the first is at line " + first.location().line(),
            "renumber the questions of the page in order"));
      } else if (previous != null && n < previousNumber) {
        out.accept(at(question.location(), NUMBER_ORDER, "question " + question.label() + " comes after question "
                + previous.label() + " (line " + previous.location().line() + ")",
            "renumber the questions of the page in order, or move the card"));
      }
      previous = question;
      previousNumber = n;
    }
  }

  /** The label's number, whatever digits it is written in ("8", "۸"); empty for other labels. */
  static OptionalLong number(String label) {
    if (label.isEmpty() || label.length() > 15) {
      return OptionalLong.empty();
    }
    long n = 0;
    for (int i = 0; i < label.length(); ) {
      int cp = label.codePointAt(i);
      int digit = Character.digit(cp, 10);
      if (digit < 0) {
        return OptionalLong.empty();
      }
      n = n * 10 + digit;
      i += Character.charCount(cp);
    }
    return OptionalLong.of(n);
  }

  /** Folded as search folds it, spaces collapsed, trailing punctuation (? ؟ . :) ignored. */
  private static String fold(String text) {
    return SearchFolding.fold(text).replaceAll("\\s+", " ").replaceAll("[\\s?؟.:!]+$", "").strip();
  }

  private static Diagnostic at(SourceLocation location, String code, String message, String hint) {
    return Diagnostic.warning(code, location.path(), location.line(), location.column(), message, hint);
  }
}
