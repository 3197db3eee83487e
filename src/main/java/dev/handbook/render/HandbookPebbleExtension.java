package dev.handbook.render;

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
 * {@code url('en/topics/')} for a site-root path made relative to the current page, and the {@code num}
 * filter for counts in the page's digits.
 */
final class HandbookPebbleExtension extends AbstractExtension {
  @Override
  public Map<String, Function> getFunctions() {
    return Map.of("t", new Translate(), "url", new RelativeUrl());
  }

  @Override
  public Map<String, Filter> getFilters() {
    return Map.of("num", new LocalNumber());
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
