package dev.handbook.text;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.NumberFormatter.GroupingStrategy;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts in the reader's digits: Persian digits for fa ({@code ۱۲}), ASCII for vi and en.
 * Grouping needs at least two digits before the separator ({@code 1234}, {@code 12,345}), so
 * small counts never get a surprising separator.
 */
public final class LocalizedNumbers {
  /** LocalizedNumberFormatter is immutable and thread-safe; one per language. */
  private static final Map<String, LocalizedNumberFormatter> FORMATTERS = new ConcurrentHashMap<>();

  private LocalizedNumbers() {}

  public static String format(long n, String lang) {
    return FORMATTERS.computeIfAbsent(lang, LocalizedNumbers::formatter).format(n).toString();
  }

  private static LocalizedNumberFormatter formatter(String lang) {
    return NumberFormatter.withLocale(new ULocale(lang)).grouping(GroupingStrategy.MIN2);
  }
}
