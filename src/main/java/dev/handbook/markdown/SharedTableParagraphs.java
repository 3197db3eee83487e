package dev.handbook.markdown;

import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * GFM tables, parsed by flexmark's own table step, made once for all pages. The tables extension makes a new step
 * for every page, and each compiles its header-separator pattern from the options (String.format and
 * Pattern.compile per page); the step keeps nothing but those options and the pattern, so one serves every page
 * and thread. Installed on the parser in place of the tables extension, which still renders the tables.
 */
final class SharedTableParagraphs implements Parser.ParserExtension {
  private SharedTableParagraphs() {}

  static SharedTableParagraphs create() {
    return new SharedTableParagraphs();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
    // The tables extension sets none either; its options are read from the page's data by its step.
  }

  @Override
  public void extend(Parser.Builder builder) {
    builder.paragraphPreProcessorFactory(new Factory());
  }

  private static final class Factory implements ParagraphPreProcessorFactory {
    private final ParagraphPreProcessorFactory tables = TableParagraphPreProcessor.Factory();
    private volatile ParagraphPreProcessor shared;

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
      ParagraphPreProcessor step = shared;
      if (step == null) {
        // Two pages may both make one at first; either serves, since every page has the parser's options.
        step = tables.apply(state);
        shared = step;
      }
      return step;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return tables.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return tables.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
      return tables.affectsGlobalScope();
    }
  }
}
