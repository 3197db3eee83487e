package dev.handbook.search;

import dev.handbook.content.FrontMatter;
import dev.handbook.content.Page;
import dev.handbook.content.Question;
import dev.handbook.content.QuestionForm;
import dev.handbook.content.Section;
import dev.handbook.content.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A tiny three-language handbook for index tests; the Node search tests use its golden index. */
final class SearchFixture {
  static final List<String> LANGUAGES = List.of("vi", "en", "fa");

  private SearchFixture() {}

  static List<Page> pages() {
    return List.of(
        page("en", "django-notes", "Django notes",
            section("", "Django notes", 1, List.of("Django notes"), 1,
                "Django notes Short notes for the Django interview."),
            section("wsgi-protocol", "WSGI protocol", 2, List.of("WSGI protocol"), 3,
                "WSGI protocol The WSGI protocol connects the web server and Django. Middleware wraps the view."),
            section("optimizing-queries", "Optimizing queries", 2, List.of("Optimizing queries"), 8,
                "Optimizing queries Use select_related for foreign keys to avoid the N+1 problem;"
                    + " prefetch_related handles many-to-many. django-debug-toolbar shows every query."),
            section("caching", "Caching", 3, List.of("Optimizing queries", "Caching"), 14,
                "Caching The cache framework stores rendered pages. Optimization of templates helps too."),
            question("q-1", "1", "What does select_related do?",
                "It follows foreign keys in one SQL query with a JOIN.", "optimizing-queries", 10),
            question("q-2", "2", "What is request.user?",
                "The user of the current request, set by AuthenticationMiddleware.", "wsgi-protocol", 5)),
        page("vi", "ghi-chu-django", "Ghi chú Django",
            section("toi-uu-truy-van", "Tối ưu truy vấn", 2, List.of("Tối ưu truy vấn"), 2,
                "Tối ưu truy vấn Dùng select_related để tránh lỗi N+1 khi truy vấn khóa ngoại."),
            section("bo-nho-dem", "Bộ nhớ đệm", 2, List.of("Bộ nhớ đệm"), 9,
                "Bộ nhớ đệm Django có framework cache cho trang và mẫu."),
            question("q-hoi", "", "Đặt câu hỏi: hỏi gì về Middleware?",
                "Middleware xử lý request trước view.", "bo-nho-dem", 12),
            question("q-hoi-2", "", "Hơi nước là gì?", "", "bo-nho-dem", 14)),
        page("fa", "jango", "یادداشت‌های جنگو",
            section("میان-افزار", "میان‌افزار (Middleware)", 2, List.of("میان‌افزار (Middleware)"), 2,
                "میان‌افزار (Middleware) Middleware رو توی settings.py اضافه کن؛ درخواست از آن عبور می‌کند."),
            section("کش", "کش", 2, List.of("کش"), 7,
                "کش جنگو برای کش کردن صفحه‌ها چارچوب دارد و کار را سریع می‌کند."),
            question("q-۱", "۱", "select_related چه کار می‌کند؟",
                "کلیدهای خارجی را با یک JOIN در یک پرس‌وجو می‌آورد.", "کش", 9)));
  }

  static Map<String, List<String>> topics() {
    return Map.of(
        "en/django-notes/#optimizing-queries", List.of("orm", "performance"),
        "en/django-notes/#q-1", List.of("orm"),
        "vi/ghi-chu-django/#toi-uu-truy-van", List.of("orm", "performance"),
        "fa/jango/#میان-افزار", List.of("middleware"));
  }

  private record Item(Section section, Question question) {}

  private static Item section(String id, String title, int level, List<String> path, int line, String text) {
    return new Item(new Section(id, title, level, path, text, new SourceLocation("x.md", line, 1), List.of()), null);
  }

  private static Item question(String id, String label, String text, String answer, String sectionId, int line) {
    return new Item(null, new Question(id, label, text, answer, QuestionForm.QBOX, sectionId,
        new SourceLocation("x.md", line, 1), List.of()));
  }

  private static Page page(String lang, String slug, String title, Item... items) {
    var sections = new ArrayList<Section>();
    var questions = new ArrayList<Question>();
    for (Item item : items) {
      if (item.section() != null) {
        sections.add(item.section());
      } else {
        questions.add(item.question());
      }
    }
    return new Page(lang, slug, lang + "/" + slug + ".md", new FrontMatter(title, "", 1, List.of(), ""),
        List.of(), sections, questions);
  }
}
