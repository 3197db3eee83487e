package dev.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.content.FrontMatter;
import dev.handbook.content.Page;
import dev.handbook.content.Question;
import dev.handbook.content.QuestionForm;
import dev.handbook.content.SourceLocation;
import dev.handbook.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unanswered questions are reported on every page that has them, so each contributor sees their own. */
class QuestionLintsTest {
  @Test
  void everyPageWithUnansweredQuestionsIsNamedAtItsFirst() {
    Page vi = page("vi", "content/vi/on-tap.md", question("Tối ưu truy vấn là gì?", "", 7),
        question("select_related dùng khi nào?", "Khi có khóa ngoại.", 9));
    Page en = page("en", "content/en/orm.md", question("What is the N+1 problem?", "", 12),
        question("What does select_related do?", "", 15));
    Page fa = page("fa", "content/fa/porsesh.md", question("میان‌افزار چیست؟", "لایه‌ای میان درخواست و پاسخ.", 4));
    Page mine = page("en", "content/en/my-new-page.md", question("What is a QuerySet?", "", 8));
    List<Diagnostic> found = new ArrayList<>();
    QuestionLints.lint(List.of(vi, en, mine, fa), List.of("vi", "en", "fa"), found::add);
    List<String> unanswered = found.stream().filter(d -> d.code().equals(QuestionLints.UNANSWERED))
        .map(d -> d.path() + ":" + d.line() + " " + d.message()).toList();
    assertEquals(List.of(
        "content/vi/on-tap.md:7 1 question on this page has no answer yet (1 in 'vi'); the first is here",
        "content/en/orm.md:12 2 questions on this page have no answer yet (3 in 'en'); the first is here",
        "content/en/my-new-page.md:8 1 question on this page has no answer yet (3 in 'en'); the first is here"),
        unanswered);
    assertEquals(Map.of("vi", 1, "en", 3, "fa", 0),
        QuestionLints.unansweredCounts(List.of(vi, en, mine, fa), List.of("vi", "en", "fa")));
  }

  @Test
  void aCheckThatCouldNotReadTheConfigurationSaysSo() {
    CheckReport report = new CheckReport(Map.of(), Map.of(), List.of(Diagnostic.error("yaml", "content/topics.yml",
        3, 5, "mapping values are not allowed here", "check the indentation")), false);
    assertEquals("checked no pages (the configuration has errors): 1 error, 0 warnings", report.summary());
  }

  /** A page whose questions are located in its file. */
  private static Page page(String lang, String path, Question... questions) {
    List<Question> located = java.util.Arrays.stream(questions)
        .map(q -> new Question(q.id(), q.label(), q.text(), q.answerText(), q.form(), q.sectionId(),
            new SourceLocation(path, q.location().line(), 1), q.markedTopics()))
        .toList();
    return new Page(lang, lang + "/page", path, new FrontMatter("Page", "About the page.", 1, List.of(), ""),
        List.of(), List.of(), located);
  }

  private static Question question(String text, String answer, int line) {
    return new Question("q-" + line, "", text, answer, QuestionForm.QBOX, "", new SourceLocation("", line, 1),
        List.of());
  }
}
