package dev.handbook.bench;

import java.util.List;

/**
 * How one language of the synthetic handbook frames its sentences: question patterns, the words around a
 * link, table headers and punctuation, so that Vietnamese reads left to right with diacritics and Persian
 * right to left with its own comma, question mark and digits.
 *
 * @param questions patterns with two {@code %s} slots for words, each ending in the language's question mark
 * @param seeAlso text before a link to another page of the same language
 * @param otherLanguage text before a link to the same chapter in another language
 * @param tableHeaders the three column headers of a table
 * @param comma the comma between clauses
 * @param capitalize whether a sentence starts with a capital (Latin scripts)
 * @param digits the ten digits question labels are written with
 */
record Phrasing(List<String> questions, String seeAlso, String otherLanguage, List<String> tableHeaders,
    String comma, boolean capitalize, String digits) {

  static Phrasing of(String lang) {
    return switch (lang) {
      case "vi" -> new Phrasing(List.of(
              "%s và %s là gì?",
              "Tại sao %s lại quan trọng khi làm việc với %s?",
              "Khi nào nên dùng %s thay cho %s?",
              "Làm thế nào để giải thích %s cho người mới học %s?",
              "Bạn xử lý %s trong %s như thế nào?"),
          "Xem thêm", "Đọc bản khác:", List.of("Tùy chọn", "Mục đích", "Ví dụ"), ", ", true, "0123456789");
      case "fa" -> new Phrasing(List.of(
              "%s و %s چیست؟",
              "چرا %s در کار با %s مهم است؟",
              "چه زمانی از %s به جای %s استفاده می\u200cکنیم؟",
              "چطور %s را برای کسی که تازه %s یاد می\u200cگیرد توضیح می\u200cدهید؟",
              "با %s در %s چه می\u200cکنید؟"),
          "ببینید:", "نسخهٔ دیگر:", List.of("گزینه", "کاربرد", "نمونه"), "، ", false, "۰۱۲۳۴۵۶۷۸۹");
      default -> new Phrasing(List.of(
              "What is the difference between %s and %s?",
              "Why does %s matter when you work with %s?",
              "When should a team choose %s over %s?",
              "How would you explain %s to someone new to %s?",
              "How do you handle %s in %s?"),
          "See", "Also in another language:", List.of("Option", "Purpose", "Example"), ", ", true, "0123456789");
    };
  }

  /** {@code n} written with this language's digits. */
  String number(int n) {
    String ascii = Integer.toString(n);
    StringBuilder out = new StringBuilder(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      out.append(digits.charAt(ascii.charAt(i) - '0'));
    }
    return out.toString();
  }
}
