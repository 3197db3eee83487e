package dev.handbook.render;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import dev.handbook.text.LocalizedNumbers;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Template helpers that only read what the view already holds: {@code t('key')} for interface strings,
 * {@code url('en/topics/')} for a site-root path made relative to the current page, the {@code num}
 * filter for counts in the page's digits, and {@code count('question_count')} for a count with its noun in the
 * page's language ("1 question", "7 questions", "۷ پرسش").
 */
final class HandbookPebbleExtension extends AbstractExtension {
  @Override
  public Map<String, Function> getFunctions() {
    return Map.of("t", new Translate(), "url", new RelativeUrl());
  }

  @Override
  public Map<String, Filter> getFilters() {
    return Map.of("num", new LocalNumber(), "count", new CountOf());
  }

  private static final class Translate implements Function {
    @Override
    public List<String> getArgumentNames() {
      return List.of("key");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
      String key = String.valueOf(args.get("key"));
      return labels(context).getOrDefault(key, key);
    }
  }

  private static final class RelativeUrl implements Function {
    @Override
    public List<String> getArgumentNames() {
      return List.of("path");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
      Object root = context.getVariable("root");
      return Urls.fromRoot(root == null ? "" : root.toString(), String.valueOf(args.get("path")));
    }
  }

  /**
   * The number in the page's digits and the label {@code key}, or {@code key_one} where the language's plural rules
   * (CLDR, through ICU) call the number "one" and the labels have that form: English "1 question", while Persian
   * and Vietnamese nouns after a number do not change.
   */
  private static final class CountOf implements Filter {
    /** One set of rules per language, made once: every chapter page shows counts. */
    private static final Map<String, PluralRules> RULES = new ConcurrentHashMap<>();

    @Override
    public List<String> getArgumentNames() {
      return List.of("key");
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
        int line) {
      String lang = lang(context);
      long value = whole(input);
      String key = String.valueOf(args.get("key"));
      Map<String, String> labels = labels(context);
      String form = RULES.computeIfAbsent(lang, l -> PluralRules.forLocale(ULocale.forLanguageTag(l))).select(value);
      String noun = labels.getOrDefault(key + "_" + form, labels.getOrDefault(key, key));
      return LocalizedNumbers.format(value, lang) + " " + noun;
    }
  }

  private static final class LocalNumber implements Filter {
    @Override
    public List<String> getArgumentNames() {
      return List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
        int line) {
      return LocalizedNumbers.format(whole(input), lang(context));
    }
  }

  /** The page's interface labels, which every page's context holds (none in a bare template). */
  @SuppressWarnings("unchecked")
  private static Map<String, String> labels(EvaluationContext context) {
    Object labels = context.getVariable("labels");
    return labels == null ? Map.of() : (Map<String, String>) labels;
  }

  private static String lang(EvaluationContext context) {
    Object lang = context.getVariable("lang");
    return lang == null ? "en" : lang.toString();
  }

  private static long whole(Object input) {
    return input instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(input));
  }
}
