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
    @SuppressWarnings("unchecked")
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
      String key = String.valueOf(args.get("key"));
      Map<String, String> labels = (Map<String, String>) context.getVariable("labels");
      return labels == null ? key : labels.getOrDefault(key, key);
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
    @Override
    public List<String> getArgumentNames() {
      return List.of("key");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
        int line) {
      String lang = String.valueOf(context.getVariable("lang") == null ? "en" : context.getVariable("lang"));
      long value = input instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(input));
      String key = String.valueOf(args.get("key"));
      Map<String, String> labels = (Map<String, String>) context.getVariable("labels");
      Map<String, String> known = labels == null ? Map.of() : labels;
      String form = PluralRules.forLocale(ULocale.forLanguageTag(lang)).select(value);
      String noun = known.getOrDefault(key + "_" + form, known.getOrDefault(key, key));
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
      Object lang = context.getVariable("lang");
      long value = input instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(input));
      return LocalizedNumbers.format(value, lang == null ? "en" : lang.toString());
    }
  }
}
