package dev.handbook.markdown.html.internal;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.markdown.html.BreakLine;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line that is exactly {@code <div class="break-line[ section| end]"></div>} as a one-line
 * {@link BreakLine} block. Tried before flexmark's HTML block parser, so the separator never opens an HTML
 * block that would swallow the lines after it (the Persian source puts {@code /// qbox} right under it).
 */
public final class BreakLineParser extends AbstractBlockParser {
  static final Pattern LINE = Pattern.compile(
      "<div\\s+class\\s*=\\s*([\"'])\\s*break-line(?:\\s+(section|end))?\\s*\\1\\s*>\\s*</div\\s*>[ \\t]*",
      Pattern.CASE_INSENSITIVE);

  private final BreakLine block;

  private BreakLineParser(BreakLine block) {
    this.block = block;
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    return BlockContinue.none();
  }

  @Override
  public void closeBlock(ParserState state) {}

  /** Registers the separator line; stateless. */
  public static final class Factory implements CustomBlockParserFactory {
    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return Set.of(HtmlBlockParser.Factory.class);
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
      return new StartFactory(options);
    }
  }

  private static final class StartFactory extends AbstractBlockParserFactory {
    StartFactory(DataHolder options) {
      super(options);
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
      if (state.getIndent() >= 4 || state.isBlank()) {
        return BlockStart.none();
      }
      BasedSequence line = state.getLine();
      int start = state.getNextNonSpaceIndex();
      if (line.charAt(start) != '<') {
        return BlockStart.none();
      }
      BasedSequence rest = line.subSequence(start);
      Matcher m = LINE.matcher(rest);
      if (!m.matches()) {
        return BlockStart.none();
      }
      String variant = m.group(2) == null ? "" : m.group(2).toLowerCase(java.util.Locale.ROOT);
      BreakLine node = new BreakLine(rest.trimEnd(), variant);
      return BlockStart.of(new BreakLineParser(node)).atIndex(line.length());
    }
  }
}
