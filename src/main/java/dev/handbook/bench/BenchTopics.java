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
      spec("orm", "Cơ sở dữ liệu và ORM", "Databases and the ORM", "پایگاه داده و ORM",
          "Truy vấn, chỉ mục và giao dịch.", "Queries, indexes and transactions.", "کوئری، شاخص و تراکنش.",
          List.of("cơ sở dữ liệu", "truy vấn"), List.of("database", "query", "queryset", "migration"),
          List.of("پایگاه داده", "کوئری")),
      spec("caching", "Bộ nhớ đệm", "Caching", "کش و حافظه",
          "Lưu kết quả để trả lời nhanh hơn.", "Keeping results to answer faster.", "نگه داشتن نتیجه برای پاسخ سریع\u200cتر.",
          List.of("bộ nhớ đệm"), List.of("cache", "caching", "redis"), List.of("کش", "حافظه")),
      spec("security", "Bảo mật và xác thực", "Security and authentication", "امنیت و احراز هویت",
          "Người dùng, quyền và mã thông báo.", "Users, permissions and tokens.", "کاربر، مجوز و توکن.",
          List.of("bảo mật", "xác thực"), List.of("security", "authentication", "permission", "token"),
          List.of("امنیت", "احراز هویت", "توکن")),
      spec("testing", "Kiểm thử", "Testing", "تست",
          "Kiểm thử đơn vị và tích hợp.", "Unit and integration tests.", "تست واحد و یکپارچه.",
          List.of("kiểm thử"), List.of("test", "testing", "coverage"), List.of("تست")),
      spec("deployment", "Triển khai", "Deployment", "استقرار",
          "Máy chủ, vùng chứa và môi trường.", "Servers, containers and environments.", "سرور، کانتینر و محیط.",
          List.of("triển khai", "máy chủ"), List.of("deployment", "docker", "server"), List.of("استقرار", "سرور")),
      spec("api", "API và điểm cuối", "APIs and endpoints", "API و سرویس\u200cها",
          "Thiết kế điểm cuối và phân trang.", "Designing endpoints and pagination.", "طراحی سرویس و صفحه\u200cبندی.",
          List.of("điểm cuối", "phân trang"), List.of("api", "endpoint", "serializer"),
          List.of("سرویس", "صفحه\u200cبندی")),
      spec("async", "Xử lý bất đồng bộ", "Async work and queues", "کارهای ناهمگام و صف",
          "Hàng đợi, tác vụ nền và sự kiện.", "Queues, background tasks and events.", "صف، کارهای پس\u200cزمینه و رویدادها.",
          List.of("bất đồng bộ", "hàng đợi"), List.of("async", "queue", "worker", "celery"), List.of("ناهمگام", "صف")),
      spec("templates", "Giao diện và biểu mẫu", "Templates and forms", "قالب و فرم",
          "Hiển thị trang và kiểm tra biểu mẫu.", "Rendering pages and validating forms.", "نمایش صفحه و بررسی فرم.",
          List.of("giao diện", "biểu mẫu"), List.of("template", "view", "form"), List.of("قالب", "فرم")),
      spec("performance", "Hiệu năng", "Performance", "کارایی و بهینه\u200cسازی",
          "Đo lường và tối ưu độ trễ.", "Measuring and reducing latency.", "اندازه\u200cگیری و کاهش تأخیر.",
          List.of("hiệu năng", "tối ưu"), List.of("performance", "latency", "optimization"),
          List.of("کارایی", "بهینه\u200cسازی")),
      spec("architecture", "Kiến trúc và thiết kế", "Architecture and design", "معماری و طراحی",
          "Cấu trúc dự án và mẫu thiết kế.", "Project structure and design patterns.", "ساختار پروژه و الگوهای طراحی.",
          List.of("kiến trúc", "thiết kế"), List.of("architecture", "design", "pattern"), List.of("معماری", "طراحی")));

  private BenchTopics() {}

  private static Spec spec(String id, String nameVi, String nameEn, String nameFa, String descVi, String descEn,
      String descFa, List<String> vi, List<String> en, List<String> fa) {
    return new Spec(id, Map.of("vi", nameVi, "en", nameEn, "fa", nameFa),
        Map.of("vi", descVi, "en", descEn, "fa", descFa), Map.of("vi", vi, "en", en, "fa", fa));
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
