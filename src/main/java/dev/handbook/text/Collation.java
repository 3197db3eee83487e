package dev.handbook.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;

/** Language-aware sort order (Vietnamese {@code Đ} after {@code D}, Persian letter order). */
public final class Collation {
  private Collation() {}

  /**
   * A thread-safe comparator for the language's ICU collation; {@code null} or blank means root.
   * Ties between strings the collator finds equal fall back to code point order, so sorting is
   * deterministic.
   */
  public static Comparator<String> forLanguage(String lang) {
    ULocale locale = lang == null || lang.isBlank() ? ULocale.ROOT : new ULocale(lang);
    // A frozen Collator is immutable and safe to share between threads.
    Collator collator = Collator.getInstance(locale).freeze();
    Comparator<String> byCollator = collator::compare;
    return byCollator.thenComparing(Comparator.naturalOrder());
  }

  /** Convenience for sorting keyed items, e.g. topics by their localized title. */
  public static <T> Comparator<T> comparing(String lang, Function<T, String> key) {
    Objects.requireNonNull(key, "key");
    return Comparator.comparing(key, forLanguage(lang));
  }
}
