package dev.handbook.bench;

import java.util.List;
import java.util.Map;

/**
 * The topics of the synthetic handbook, written to {@code topics.yml} with the schema of {@code content/topics.yml}.
 * Every keyword is a word of that language's list, so keyword rules really fire on the generated text.
 */
final class BenchTopics {
  /** One topic: id, and name, description and keywords per language code. */
  record Spec(String id, Map<String, String> name, Map<String, String> description,
      Map<String, List<String>> keywords) {}

  static final List<Spec> ALL = List.of(
      new Spec("orm",
          texts("Cơ sở dữ liệu và ORM", "Databases and the ORM", "پایگاه داده و ORM"),
          texts("Truy vấn, chỉ mục và giao dịch.", "Queries, indexes and transactions.", "کوئری، شاخص و تراکنش."),
          keywords(List.of("cơ sở dữ liệu", "truy vấn"), List.of("database", "query", "queryset", "migration"),
              List.of("پایگاه داده", "کوئری"))),
      new Spec("caching",
          texts("Bộ nhớ đệm", "Caching", "کش و حافظه"),
          texts("Lưu kết quả để trả lời nhanh hơn.", "Keeping results to answer faster.",
              "نگه داشتن نتیجه برای پاسخ سریع\u200cتر."),
          keywords(List.of("bộ nhớ đệm"), List.of("cache", "caching", "redis"), List.of("کش", "حافظه"))),
      new Spec("security",
          texts("Bảo mật và xác thực", "Security and authentication", "امنیت و احراز هویت"),
          texts("Người dùng, quyền và mã thông báo.", "Users, permissions and tokens.", "کاربر، مجوز و توکن."),
          keywords(List.of("bảo mật", "xác thực"), List.of("security", "authentication", "permission", "token"),
              List.of("امنیت", "احراز هویت", "توکن"))),
      new Spec("testing",
          texts("Kiểm thử", "Testing", "تست"),
          texts("Kiểm thử đơn vị và tích hợp.", "Unit and integration tests.", "تست واحد و یکپارچه."),
          keywords(List.of("kiểm thử"), List.of("test", "testing", "coverage"), List.of("تست"))),
      new Spec("deployment",
          texts("Triển khai", "Deployment", "استقرار"),
          texts("Máy chủ, vùng chứa và môi trường.", "Servers, containers and environments.", "سرور، کانتینر و محیط."),
          keywords(List.of("triển khai", "máy chủ"), List.of("deployment", "docker", "server"),
              List.of("استقرار", "سرور"))),
      new Spec("api",
          texts("API và điểm cuối", "APIs and endpoints", "API و سرویس\u200cها"),
          texts("Thiết kế điểm cuối và phân trang.", "Designing endpoints and pagination.",
              "طراحی سرویس و صفحه\u200cبندی."),
          keywords(List.of("điểm cuối", "phân trang"), List.of("api", "endpoint", "serializer"),
              List.of("سرویس", "صفحه\u200cبندی"))),
      new Spec("async",
          texts("Xử lý bất đồng bộ", "Async work and queues", "کارهای ناهمگام و صف"),
          texts("Hàng đợi, tác vụ nền và sự kiện.", "Queues, background tasks and events.",
              "صف، کارهای پس\u200cزمینه و رویدادها."),
          keywords(List.of("bất đồng bộ", "hàng đợi"), List.of("async", "queue", "worker", "celery"),
              List.of("ناهمگام", "صف"))),
      new Spec("templates",
          texts("Giao diện và biểu mẫu", "Templates and forms", "قالب و فرم"),
          texts("Hiển thị trang và kiểm tra biểu mẫu.", "Rendering pages and validating forms.",
              "نمایش صفحه و بررسی فرم."),
          keywords(List.of("giao diện", "biểu mẫu"), List.of("template", "view", "form"), List.of("قالب", "فرم"))),
      new Spec("performance",
          texts("Hiệu năng", "Performance", "کارایی و بهینه\u200cسازی"),
          texts("Đo lường và tối ưu độ trễ.", "Measuring and reducing latency.", "اندازه\u200cگیری و کاهش تأخیر."),
          keywords(List.of("hiệu năng", "tối ưu"), List.of("performance", "latency", "optimization"),
              List.of("کارایی", "بهینه\u200cسازی"))),
      new Spec("architecture",
          texts("Kiến trúc và thiết kế", "Architecture and design", "معماری و طراحی"),
          texts("Cấu trúc dự án và mẫu thiết kế.", "Project structure and design patterns.",
              "ساختار پروژه و الگوهای طراحی."),
          keywords(List.of("kiến trúc", "thiết kế"), List.of("architecture", "design", "pattern"),
              List.of("معماری", "طراحی"))));

  private BenchTopics() {}

  private static Map<String, String> texts(String vi, String en, String fa) {
    return Map.of("vi", vi, "en", en, "fa", fa);
  }

  private static Map<String, List<String>> keywords(List<String> vi, List<String> en, List<String> fa) {
    return Map.of("vi", vi, "en", en, "fa", fa);
  }

  /** The text of {@code topics.yml}. */
  static String yaml(List<String> languages) {
    StringBuilder out = new StringBuilder(
        "# Topics of the synthetic benchmark handbook (handbook bench-corpus); regenerate instead of editing.\n"
            + "topics:\n");
    int order = 1;
    for (Spec topic : ALL) {
      out.append("  - id: ").append(topic.id()).append('\n');
      out.append("    order: ").append(order++).append('\n');
      out.append("    name: ").append(flow(topic.name(), languages)).append('\n');
      out.append("    description: ").append(flow(topic.description(), languages)).append('\n');
      out.append("    keywords:\n");
      for (String lang : languages) {
        out.append("      ").append(lang).append(": [");
        List<String> words = topic.keywords().get(lang);
        for (int i = 0; i < words.size(); i++) {
          out.append(i > 0 ? ", " : "").append(Yaml.quoted(words.get(i)));
        }
        out.append("]\n");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String flow(Map<String, String> values, List<String> languages) {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < languages.size(); i++) {
      out.append(i > 0 ? ", " : "").append(languages.get(i)).append(": ")
          .append(Yaml.quoted(values.get(languages.get(i))));
    }
    return out.append('}').toString();
  }
}
